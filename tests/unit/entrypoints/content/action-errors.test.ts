// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type Lifecycle } from '@/entrypoints/content/annotator';
import { createPageState } from '@/lib/page-view/page-state';
import { WRITE_STORAGE_FULL } from '@/entrypoints/background/answers/write-errors';
import { sendMessage } from '@/lib/messaging';
import { paperOfUrl } from '@/lib/pages';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';
import { FIXTURE_PAGES, type FixturePage } from '../../../fixtures/pages';
import { userClick } from '../../helpers/user-click';
import { FakeIntersectionObserver, openPage, paperInfo } from './page';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const fixture = (file: string): FixturePage => FIXTURE_PAGES.find((p) => p.file === file)!;
const ABS = fixture('abs/abs_2405.20519_derived-from-2026-07-12.html');
const LISTING = fixture('pages/listings/list_cs.LG_new.html');

/** How the fake background answers a write; the real one answers a full disk with WRITE_STORAGE_FULL. */
let write: (type: string, data: { id: string; tag?: string }) => Promise<unknown>;

/** The paper the fake background says the user tagged "diffusion". */
let tagged: string | undefined;
const lookupAnswer = (ids: string[]): LookupResponse =>
  Object.fromEntries(ids.map((id) => [id, paperInfo(id === tagged ? { userTags: ['diffusion'] } : {})]));
let ends: (() => void)[] = [];

async function annotate(page: FixturePage) {
  openPage(page.file, page.url);
  const ctx: Lifecycle = { isInvalid: false, onInvalidated: (end) => (ends.push(end), () => undefined) };
  await createAnnotator(ctx, createPageState(DEFAULT_PREFERENCES)).run();
}

const shadowOf = (role: string, id: string) => document.querySelector<HTMLElement>(`[data-arxiv-lens="${role}"][data-paper-id="${id}"]`)!.shadowRoot!;
const alertIn = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent ?? null;

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  FakeIntersectionObserver.near = () => true;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.mocked(sendMessage).mockReset();
  vi.mocked(sendMessage).mockImplementation((async (type: string, data?: unknown) => {
    if (type === 'lookup') return lookupAnswer((data as { ids: string[] }).ids);
    if (type === 'pageOpened') {
      const paper = paperOfUrl(data as string);
      return { preferences: DEFAULT_PREFERENCES, lookup: paper ? lookupAnswer([paper.id]) : undefined };
    }
    if (type === 'listOpened') return { seenBefore: [], dismissed: [] };
    if (type === 'rankList') return { ranked: false, results: [] };
    if (['save', 'unsave', 'addTag', 'removeTag', 'openNote'].includes(type)) return write(type, data as { id: string });
    if (type === 'tagSuggestions') return [];
    return type === 'sourcesOffer' ? false : undefined;
  }) as typeof sendMessage);
});

afterEach(() => {
  tagged = undefined;
  ends.forEach((end) => end());
  ends = [];
  vi.unstubAllGlobals();
});

describe("a page script's click", () => {
  it("saves nothing and opens no note, while the user's click saves", async () => {
    write = async () => paperInfo({ saved: { state: 'to-read', addedAt: 1 } });
    await annotate(ABS);
    const panel = shadowOf('panel', '2405.20519');
    const save = panel.querySelector<HTMLElement>('[data-action="save"]')!;
    const writes = () =>
      vi
        .mocked(sendMessage)
        .mock.calls.filter(([type]) => ['save', 'openNote'].includes(type))
        .map(([type]) => type);
    save.click();
    [...panel.querySelectorAll<HTMLElement>('[role="button"]')].find((button) => button.textContent === 'Add a note')!.click();
    expect(writes()).toEqual([]);
    userClick(save);
    await vi.waitFor(() => expect(save.getAttribute('aria-pressed')).toBe('true'));
    expect(writes()).toEqual(['save']);
  });
});

describe('a write the background refuses', () => {
  it("shows in the paper's panel, full disk included, and goes once a save succeeds", async () => {
    write = () => Promise.reject(new Error(WRITE_STORAGE_FULL));
    await annotate(ABS);
    const panel = shadowOf('panel', '2405.20519');
    expect(alertIn(panel)).toBeNull();

    userClick(panel.querySelector('[data-action="save"]')!);
    await vi.waitFor(() => expect(alertIn(panel)).toBe(`Could not save: ${WRITE_STORAGE_FULL}`));
    expect(panel.querySelector('[data-action="save"]')!.getAttribute('aria-pressed')).toBe('false');

    write = async () => paperInfo({ saved: { state: 'to-read', addedAt: 1 } });
    userClick(panel.querySelector('[data-action="save"]')!);
    await vi.waitFor(() => expect(panel.querySelector('[data-action="save"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(alertIn(panel)).toBeNull();
  });

  it("shows in the row of a list's paper whose tag failed, and in no other row", async () => {
    const [first, second] = LISTING.ids as [string, string];
    tagged = first;
    write = (type) => Promise.reject(new Error(type === 'removeTag' ? 'Bad removeTag request: tag: too long' : 'unexpected'));
    await annotate(LISTING);
    const row = shadowOf('row', first);
    userClick(row.querySelector('[aria-label="Remove tag diffusion"]')!);
    await vi.waitFor(() => expect(alertIn(row)).toBe('Could not remove the tag: Bad removeTag request: tag: too long'));
    expect(row.querySelector('[data-tag="diffusion"]')).not.toBeNull();
    expect(alertIn(shadowOf('row', second))).toBeNull();
  });

  it('a note refused by the tab limit says so in the panel', async () => {
    write = () => Promise.reject(new Error('arXiv Lens opens at most 10 tabs a minute: wait a moment and try again.'));
    await annotate(ABS);
    const panel = shadowOf('panel', '2405.20519');
    const note = [...panel.querySelectorAll<HTMLElement>('[role="button"]')].find((button) => button.textContent === 'Add a note')!;
    userClick(note);
    await vi.waitFor(() =>
      expect(alertIn(panel)).toBe('Could not open the note: arXiv Lens opens at most 10 tabs a minute: wait a moment and try again.'),
    );
  });
});
