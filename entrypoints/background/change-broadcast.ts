import { sendMessage } from '@/lib/messaging';
import { watchPreferences } from '@/lib/preferences-storage';
import { onTablesChanged, USER_TABLES } from './db-events';
import { forEachAnnotatedTab } from './tab-broadcast';

const SETTLE_MS = 30;

/** The tables whose change changes how lists rank for the user. */
const RANKED_ON = ['readingList', 'userTags', 'dismissed'];
let rankingChanged = false;

export function tellTabsUserDataChanged(): Promise<void> {
  const change = { ranking: rankingChanged };
  rankingChanged = false;
  return forEachAnnotatedTab((tabId) => sendMessage('userDataChanged', change, tabId));
}

/**
 * Tells every annotated tab when the user's data, the papers or settings changed, so a save in one
 * tab (or the popup, or another browser through sync), a source's answer, a subscribed pack and a
 * setting changed anywhere show in all of them without a reload.
 */
export function setupChangeBroadcast(): void {
  onTablesChanged(RANKED_ON, () => (rankingChanged = true));
  onTablesChanged([...USER_TABLES, 'dismissed', 'papers', 'packChunks'], () => void tellTabsUserDataChanged(), SETTLE_MS);
  watchPreferences((prefs) => void forEachAnnotatedTab((tabId) => sendMessage('preferencesChanged', prefs, tabId)));
}
