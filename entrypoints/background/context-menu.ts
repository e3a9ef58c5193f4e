import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { db } from '@/lib/store/db';
import { savePaper } from '@/lib/store/reading-list';

const MENU_ID = 'save-paper-link';

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

/** "Save to reading list" on any link to an arXiv paper, on any page. */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Save to reading list',
      contexts: ['link'],
      targetUrlPatterns: PAPER_LINK_PATTERNS,
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    const paper = parseArxivId(info.linkUrl);
    if (paper) void savePaper(db, paper.id, undefined);
  });
}
