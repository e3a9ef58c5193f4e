import { describe, expect, it } from 'vitest';
import { launchChromiumLens } from '../support/chromium-driver';
import { openAnnotated } from '../support/harness';
import { useExtension } from '../support/session';

// Chromium only: the disk is made full inside the service worker (Playwright's `worker.evaluate`),
// which no Firefox driver reaches. IndexedDB itself refuses the write there, with the error a full
// disk gives, so everything from Dexie to the page's panel runs as it would.
// (DevTools' Storage.overrideQuotaForOrigin does not reach an extension's origin.)
const session = useExtension(launchChromiumLens);

const PANEL = '[data-arxiv-lens="panel"][data-paper-id="2405.20519"]';

/** Makes every IndexedDB write in the service worker fail as on a full disk, or undoes it. */
function diskFull(full: boolean): void {
  const stores = IDBObjectStore.prototype as IDBObjectStore & { realAdd?: IDBObjectStore['add']; realPut?: IDBObjectStore['put'] };
  stores.realAdd ??= stores.add;
  stores.realPut ??= stores.put;
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  stores.add = full ? refuse : stores.realAdd;
  stores.put = full ? refuse : stores.realPut;
}

describe('a save the browser has no room for', () => {
  it("says so in the paper's panel, and the next save after room is made lands", async () => {
    const { extension } = session.lens;
    const page = await openAnnotated(extension, 'https://arxiv.org/abs/2405.20519v2');
    const save = page.locator(`${PANEL} [data-action="save"]`);
    const alert = page.locator(`${PANEL} [role="alert"]`);
    await extension.worker.evaluate(diskFull, true);

    await save.click();
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/^Could not save: the browser's storage for arXiv Lens is full, so nothing was written\./);
    expect(await save.getAttribute('aria-pressed')).toBe('false');

    await extension.worker.evaluate(diskFull, false);
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await alert.count()).toBe(0);
    await page.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
