import { Dexie } from 'dexie';

export const USER_TABLES = ['readingList', 'userTags', 'notes', 'tombstones'] as const;
export const PACK_TABLES = ['papers', 'packChunks', 'packs'] as const;

/**
 * Calls back when any of these tables changed, wherever the change was made: this background, the
 * popup, the options page (Dexie reports other contexts' writes too). With `settleMs`, once per
 * burst of changes.
 */
export function onTablesChanged(tables: readonly string[], listener: () => void, settleMs?: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((key) => tables.some((table) => key.includes(`/${table}/`)))) return;
    if (settleMs === undefined) return listener();
    clearTimeout(timer);
    timer = setTimeout(listener, settleMs);
  });
}
