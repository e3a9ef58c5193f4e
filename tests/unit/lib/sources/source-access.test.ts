import { describe, expect, it, vi } from 'vitest';
import { SOURCES } from '@/lib/sources';
import { manifestDataCollection } from '@/lib/source-runtime/data-collection';
import { enabledSources, setSourceOn } from '@/lib/source-runtime/source-settings';
import { createSourceAccess, heldSources, turnOffWithdrawn, type Permissions, type PermissionsApi } from '@/lib/source-runtime/source-access';

const source = (id: string) => SOURCES.find((s) => s.id === id)!;
const S2 = source('semantic-scholar');
const HF_PAPER = source('hf-paper');
const ARXIV = source('arxiv');
const HF_DAILY = source('hf-daily');
/** The hosts the manifest grants at install (wxt.config.ts). */
const REQUIRED = ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'];

/**
 * The browser's permissions as the extension sees them: the manifest's hosts, and whatever the user
 * grants; `firefox` adds Firefox's data consent, which Chromium does not have. Every request is granted
 * unless `refuse` is set.
 */
function fakePermissions({ firefox, refuse = false }: { firefox: boolean; refuse?: boolean }) {
  const origins = new Set(REQUIRED);
  const data = new Set<string>(firefox ? ['websiteActivity'] : []);
  const api = {
    getAll: vi.fn(async (): Promise<Permissions> => ({ origins: [...origins], ...(firefox ? { data_collection: [...data] } : {}) })),
    contains: vi.fn(async (wanted: Permissions) => (wanted.origins ?? []).every((o) => origins.has(o))),
    request: vi.fn(async (wanted: Permissions) => {
      if (!firefox && wanted.data_collection) throw new TypeError("Unexpected property: 'data_collection'");
      if (refuse) return false;
      wanted.origins?.forEach((o) => origins.add(o));
      wanted.data_collection?.forEach((d) => data.add(d));
      return true;
    }),
    remove: vi.fn(async (gone: Permissions) => {
      if (gone.origins?.some((o) => REQUIRED.includes(o))) throw new Error('You cannot remove required permissions.');
      gone.origins?.forEach((o) => origins.delete(o));
      gone.data_collection?.forEach((d) => data.delete(d));
      return true;
    }),
  } satisfies PermissionsApi;
  return { api, origins, data };
}

/** Lets the access learn, as the options page opens, whether the browser asks for data consent. */
const opened = async (api: PermissionsApi) => {
  const access = createSourceAccess(api, REQUIRED);
  expect(api.getAll).toHaveBeenCalledOnce();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return access;
};

describe("an opt-in source's access", () => {
  it("on Firefox, asks for its host and consent to what it sends in one prompt, as the click's first call", async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    const granted = access.request(S2);
    // Called before anything is awaited: Firefox counts only a request made while handling the click.
    expect(browser.api.request).toHaveBeenCalledWith({ origins: ['https://api.semanticscholar.org/*'], data_collection: ['browsingActivity'] });
    expect(await granted).toBe(true);
    expect(browser.data).toContain('browsingActivity');
  });

  it('on Chromium (no data consent), asks for its host alone', async () => {
    const browser = fakePermissions({ firefox: false });
    const access = await opened(browser.api);
    expect(await access.request(S2)).toBe(true);
    expect(browser.api.request).toHaveBeenCalledWith({ origins: ['https://api.semanticscholar.org/*'] });
    expect(browser.origins).toContain('https://api.semanticscholar.org/*');
  });

  it('a refusal, or a browser that throws, leaves it without access', async () => {
    expect(await (await opened(fakePermissions({ firefox: true, refuse: true }).api)).request(S2)).toBe(false);
    const failing = fakePermissions({ firefox: true });
    failing.api.request.mockRejectedValueOnce(new Error('permissions.request may only be called from a user input handler'));
    expect(await (await opened(failing.api)).request(HF_PAPER)).toBe(false);
  });

  it('turned off, gives back its host and its consent when no source still on needs them', async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    await access.request(S2);
    await access.release(S2, [HF_DAILY, ARXIV]);
    expect(browser.origins).not.toContain('https://api.semanticscholar.org/*');
    expect([...browser.data]).toEqual(['websiteActivity']);
    expect([...browser.origins].sort()).toEqual([...REQUIRED].sort());
  });

  it('turned off while another opt-in source is on, keeps the consent that source needs', async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    await access.request(S2);
    await access.request(HF_PAPER);
    await access.release(S2, [HF_PAPER, ARXIV]);
    expect(browser.origins).not.toContain('https://api.semanticscholar.org/*');
    expect(browser.data).toContain('browsingActivity');
  });

  it('never asks to remove a host the manifest grants, which the browser refuses', async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    await access.request(HF_PAPER);
    await access.release(HF_PAPER, [ARXIV]);
    expect(browser.api.remove).toHaveBeenCalledWith({ data_collection: ['browsingActivity'] });
    expect(browser.origins).toContain('https://huggingface.co/*');
  });

  it('on Chromium, turned off gives back the host alone, and asks nothing when nothing was granted', async () => {
    const browser = fakePermissions({ firefox: false });
    const access = await opened(browser.api);
    await access.release(S2, []);
    expect(browser.api.remove).not.toHaveBeenCalled();
    await access.request(S2);
    await access.release(S2, []);
    expect(browser.api.remove).toHaveBeenCalledWith({ origins: ['https://api.semanticscholar.org/*'] });
  });
});

describe("an opt-in source's access taken back in the browser's settings", () => {
  const ON = new Set(['hf-daily', 'arxiv', 'semantic-scholar', 'hf-paper'] as const);

  it('on Firefox, a source runs only while both its host and consent to what it sends are held', async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    await access.request(S2);
    await access.request(HF_PAPER);
    expect(await heldSources(browser.api, SOURCES, ON)).toEqual(ON);
    browser.origins.delete('https://api.semanticscholar.org/*');
    expect([...(await heldSources(browser.api, SOURCES, ON))].sort()).toEqual(['arxiv', 'hf-daily', 'hf-paper']);
    browser.data.delete('browsingActivity');
    expect([...(await heldSources(browser.api, SOURCES, ON))].sort()).toEqual(['arxiv', 'hf-daily']);
  });

  it('on Chromium (no data consent), a source with its host held runs', async () => {
    const browser = fakePermissions({ firefox: false });
    await (await opened(browser.api)).request(S2);
    expect(await heldSources(browser.api, SOURCES, ON)).toEqual(ON);
    browser.origins.delete('https://api.semanticscholar.org/*');
    expect((await heldSources(browser.api, SOURCES, ON)).has('semantic-scholar')).toBe(false);
  });

  it('turns off the sources that lost their access, so their switches show off, and leaves the others on', async () => {
    const browser = fakePermissions({ firefox: true });
    const access = await opened(browser.api);
    for (const source of [S2, HF_PAPER]) {
      await access.request(source);
      await setSourceOn(source.id, true);
    }
    browser.origins.delete('https://api.semanticscholar.org/*');
    const withdrawing = vi.fn();
    await turnOffWithdrawn(browser.api, SOURCES, withdrawing);
    expect(withdrawing.mock.calls).toEqual([['semantic-scholar']]);
    expect([...(await enabledSources())].sort()).toEqual(['arxiv', 'hf-daily', 'hf-paper']);
  });
});

describe("the manifest's data collection", () => {
  it('declares what the arxiv source sends at install, and what the opt-in sources send as optional', () => {
    expect(manifestDataCollection()).toEqual({ required: ['websiteActivity'], optional: ['browsingActivity'] });
  });
});
