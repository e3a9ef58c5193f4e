import { Dexie } from 'dexie';
import { singleKeys } from '@/lib/store/changed-keys';

export const USER_TABLES = ['readingList', 'userTags', 'notes', 'tombstones'] as const;

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

/**
 * Calls back with the primary keys written or deleted in one table, wherever the change was made;
 * with null when the change covered a range of it (an import, a removal, a clear).
 */
export function onKeysChanged(table: string, listener: (keys: string[] | null) => void): void {
  Dexie.on('storagemutated', (parts) => {
    const part = Object.entries(parts).find(([key]) => key.endsWith(`/${table}/`));
    if (part) listener(singleKeys(part[1]));
  });
}
