import { sendMessage } from '@/lib/messaging';
import { watchPreferences } from '@/lib/preferences-storage';
import { onTablesChanged, USER_TABLES } from './db-events';
import { forEachAnnotatedTab } from './tab-broadcast';

const SETTLE_MS = 30;

export function tellTabsUserDataChanged(): Promise<void> {
  return forEachAnnotatedTab((tabId) => sendMessage('userDataChanged', undefined, tabId));
}

/**
 * Tells every annotated tab when the user's data, the papers or settings changed, so a save in one
 * tab (or the popup, or another browser through sync), a source's answer, a subscribed pack and a
 * setting changed anywhere show in all of them without a reload.
 */
export function setupChangeBroadcast(): void {
  onTablesChanged([...USER_TABLES, 'papers', 'packChunks'], () => void tellTabsUserDataChanged(), SETTLE_MS);
  watchPreferences((prefs) => void forEachAnnotatedTab((tabId) => sendMessage('preferencesChanged', prefs, tabId)));
}
