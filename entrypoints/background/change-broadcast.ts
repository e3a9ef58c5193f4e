import { sendMessage } from '@/lib/messaging';
import { watchPreferences } from '@/lib/settings';
import { forEachAnnotatedTab } from './tab-broadcast';
import { onUserDataChanged } from './user-data-events';

/**
 * Tells every annotated tab when the user's data or settings changed, so a save in one tab (or the
 * popup, or another browser through sync) and a setting changed anywhere show in all of them
 * without a reload.
 */
export function setupChangeBroadcast(): void {
  onUserDataChanged(() => void forEachAnnotatedTab((tabId) => sendMessage('userDataChanged', undefined, tabId)));
  watchPreferences((prefs) => void forEachAnnotatedTab((tabId) => sendMessage('preferencesChanged', prefs, tabId)));
}
