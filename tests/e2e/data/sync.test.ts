import { describe, expect, it } from 'vitest';
import { openAnnotated } from '../support/driver';
import { useExtension } from '../support/session';

const session = useExtension();

describe('sync across browsers', () => {
  // Firefox gives storage.sync only to an add-on with a stable id (browser_specific_settings.gecko.id).
  it("turning sync on writes the reading list to the browser's sync storage", async () => {
    const abs = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    await abs.click('[data-arxiv-lens="panel"] >>> [data-action="save"]');
    await expect.poll(() => abs.attr('[data-arxiv-lens="panel"] >>> [data-action="save"]', 'aria-pressed')).toBe('true');

    const options = await session.lens.openPage('options.html');
    const synced = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return JSON.stringify(await api.storage.sync.get());
      });
    expect(await synced()).not.toContain('2405.20519');
    await options.setChecked('[data-setting="sync"]', true);
    await options.click('[data-action="sync-now"]');
    await expect.poll(() => options.attr('[data-testid="sync-status"]', 'class')).toBe('op-status-ok');
    expect(await synced()).toContain('2405.20519');
    await Promise.all([abs.close(), options.close()]);
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
