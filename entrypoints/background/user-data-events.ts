import { Dexie } from 'dexie';

const USER_TABLES = ['readingList', 'userTags', 'notes', 'tombstones'];
const SETTLE_MS = 30;

/**
 * Calls back (once per burst) when the user's data changed, wherever the change was made: this
 * background, the popup, the options page (Dexie reports other contexts' writes too).
 */
export function onUserDataChanged(listener: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    const touched = Object.keys(parts).some((key) => USER_TABLES.some((table) => key.includes(`/${table}/`)));
    if (!touched) return;
    clearTimeout(timer);
    timer = setTimeout(listener, SETTLE_MS);
  });
}
