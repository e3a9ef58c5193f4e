import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';

const USER_TABLES = ['readingList', 'userTags', 'notes'];
const SETTLE_MS = 30;

/**
 * Tells every annotated tab when the user's data changed, wherever the change was made: this
 * background, the popup, the options page (Dexie reports other contexts' writes too). Tabs then
 * look their papers up again, so a save in one tab shows in all of them without a reload.
 */
export function setupChangeBroadcast(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    const touched = Object.keys(parts).some((key) => USER_TABLES.some((table) => key.includes(`/${table}/`)));
    if (!touched) return;
    clearTimeout(timer);
    timer = setTimeout(() => void notifyTabs(), SETTLE_MS);
  });
}

async function notifyTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...CONTENT_MATCHES] });
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : sendMessage('userDataChanged', undefined, tab.id).catch(() => undefined))),
  );
}
