import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { onUserDataChanged } from './user-data-events';

/**
 * Tells every annotated tab when the user's data changed, so a save in one tab (or the popup, or
 * another browser through sync) shows in all of them without a reload.
 */
export function setupChangeBroadcast(): void {
  onUserDataChanged(() => void notifyTabs());
}

async function notifyTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...CONTENT_MATCHES] });
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : sendMessage('userDataChanged', undefined, tab.id).catch(() => undefined))),
  );
}
