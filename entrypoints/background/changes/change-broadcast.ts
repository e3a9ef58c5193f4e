import { sendMessage } from '@/lib/messaging';
import { watchPreferences } from '@/lib/preferences-storage';
import { RANKING_TABLES, USER_TABLES } from '@/lib/db/table-names';
import { onPapersChanged, onTablesChanged } from './db-events';
import { forEachAnnotatedTab } from './tab-broadcast';

const SETTLE_MS = 30;

/** Past this many changed papers, tabs look all theirs up again: naming them would cost more than it saves. */
const NAMED_AT_MOST = 5_000;

let rankingChanged = false;
/** The papers changed since tabs were last told; null once any paper may have. */
let changedPapers: Set<string> | null = new Set();

/** Tells tabs what changed since they were last told; `everything` when the caller cannot name the papers its change touched. */
export function tellTabsPapersChanged(everything = false): Promise<void> {
  const papers = everything || !changedPapers || changedPapers.size > NAMED_AT_MOST ? undefined : [...changedPapers];
  const change = { ranking: rankingChanged, ...(papers ? { papers } : {}) };
  rankingChanged = false;
  changedPapers = new Set();
  return forEachAnnotatedTab((tabId) => sendMessage('papersChanged', change, tabId));
}

/**
 * Tells every annotated tab when the user's data, the papers or settings changed, so a save in one
 * tab (or the popup, or another browser through sync), a source's answer, a subscribed pack and a
 * setting changed anywhere show in all of them without a reload. It names the papers that changed
 * where it can, so that a tab looks up those alone: a source's answer for 500 papers of a listing,
 * a save, a tag.
 */
export function setupChangeBroadcast(): void {
  onTablesChanged(RANKING_TABLES, () => (rankingChanged = true));
  onPapersChanged((ids) => {
    if (!ids) changedPapers = null;
    else for (const id of ids) changedPapers?.add(id);
  });
  onTablesChanged([...USER_TABLES, 'dismissed', 'papers', 'packChunks'], () => void tellTabsPapersChanged(), SETTLE_MS);
  watchPreferences((prefs) => void forEachAnnotatedTab((tabId) => sendMessage('preferencesChanged', prefs, tabId)));
}
