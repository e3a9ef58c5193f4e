import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/user-data/reading-list';

export const SAVE_LINK_MENU = 'save-paper-link';

/** Hosts whose links can name an arXiv paper; parseArxivId has the last word on each link. */
const PAPER_LINK_PATTERNS = [
  '*://arxiv.org/*',
  '*://*.arxiv.org/*',
  '*://huggingface.co/papers/*',
  '*://alphaxiv.org/*',
  '*://*.alphaxiv.org/*',
  '*://doi.org/10.48550/*',
  '*://dx.doi.org/10.48550/*',
];

/** Saves the paper a clicked link names; links that name no paper are ignored. */
export async function saveLinkedPaper(info: { menuItemId: string | number; linkUrl?: string }): Promise<void> {
  if (info.menuItemId !== SAVE_LINK_MENU || !info.linkUrl) return;
  const paper = parseArxivId(info.linkUrl);
  if (paper) await savePaper(db, paper.id, undefined);
}

/** "Save to reading list" on any link to an arXiv paper, on any page. */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    // After a browser update the menu is still there; creating it again would be an error.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: SAVE_LINK_MENU, title: 'Save to reading list', contexts: ['link'], targetUrlPatterns: PAPER_LINK_PATTERNS });
  });
  browser.contextMenus.onClicked.addListener((info) => void saveLinkedPaper(info));
}
