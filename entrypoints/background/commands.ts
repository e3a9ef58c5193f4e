import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { db } from '@/lib/store/db';
import { savePaper } from '@/lib/store/reading-list';
import { paperTitleFromTab } from '@/lib/pages/tab-title';

export const SAVE_COMMAND = 'save-current-paper';

/** The keyboard shortcut saves the paper of the current tab: abstract, HTML, PDF or Hugging Face page. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const current = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    const paper = current?.url ? parseArxivId(current.url) : null;
    if (paper) await savePaper(db, paper.id, paperTitleFromTab(current?.title));
  });
}
