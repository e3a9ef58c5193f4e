import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { paperTitleFromTab } from '@/lib/page-reading/tab-title';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/user-data/reading-list';

export const SAVE_COMMAND = 'save-current-paper';

interface TabLike {
  url?: string;
  title?: string;
}

/** Saves the paper of a tab, whatever its page kind (abstract, HTML, PDF, Hugging Face); other tabs are left alone. */
export async function saveTabPaper(tab: TabLike | undefined): Promise<void> {
  const paper = tab?.url ? parseArxivId(tab.url) : null;
  if (paper) await savePaper(db, paper.id, paperTitleFromTab(tab?.title));
}

/** The keyboard shortcut (manifest `commands`) saves the paper of the current tab. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const current = tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    current.then(saveTabPaper).catch((error: unknown) => console.warn("arXiv Lens: could not save the tab's paper", error));
  });
}
