import { describe, expect, it } from 'vitest';
import { launchChromiumLens } from '../support/chromium-driver';
import { useExtension } from '../support/session';

// Chromium only: the test plays the menu click through the service worker's
// `contextMenus.onClicked.dispatch`, which Firefox does not have, and no driver can open a
// browser's own context menu. In Firefox the menu is the same `contextMenus` code (docs/testing.md).
const session = useExtension(launchChromiumLens);

describe('the context menu', () => {
  it('"Save to reading list" on a link saves the paper it names', async () => {
    const popup = await session.lens.openPage('popup.html');
    await session.lens.extension.worker.evaluate(() =>
      chrome.contextMenus.onClicked.dispatch({
        menuItemId: 'save-paper-link',
        linkUrl: 'https://www.alphaxiv.org/abs/2312.00752v2',
        editable: false,
        pageUrl: 'https://example.org/blog',
      }),
    );
    await expect.poll(() => popup.count('[data-testid="reading-item"][data-paper-id="2312.00752"]')).toBe(1);
    await popup.click('[data-paper-id="2312.00752"] [data-action="remove"]');
    await expect.poll(() => popup.count('[data-testid="reading-item"][data-paper-id="2312.00752"]')).toBe(0);
    await popup.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
