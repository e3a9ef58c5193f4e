import { Dexie } from 'dexie';
import { singleKeys } from '@/lib/db/changed-keys';
import { keyTail } from '@/lib/db/record-keys';
import type { TableName } from '@/lib/db/table-names';

/**
 * Calls back when any of these tables changed: by this background, the one writer of the user's
 * data, or by the options page's pack writes (Dexie reports other contexts' writes too, while the
 * background runs). With `settleMs`, once per burst of changes.
 */
export function onTablesChanged(tables: readonly TableName[], listener: () => void, settleMs?: number): void {
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
export function onKeysChanged(table: TableName, listener: (keys: string[] | null) => void): void {
  Dexie.on('storagemutated', (parts) => {
    const part = Object.entries(parts).find(([key]) => key.endsWith(`/${table}/`));
    if (part) listener(singleKeys(part[1]));
  });
}

/** How the keys of each table that holds something about papers name them; null: no one paper. */
const PAPER_OF_KEY: Partial<Record<TableName, (key: string) => string | null>> = {
  readingList: (id) => id,
  userTags: (id) => id,
  notes: (id) => id,
  tombstones: (id) => id,
  dismissed: (id) => id,
  papers: (key) => {
    const tail = keyTail(key);
    return 'id' in tail ? tail.id : null;
  },
  packChunks: () => null,
};

/**
 * Calls back with the ids of the papers whose records or user data were written, wherever the
 * change was made; with null when it may have touched any paper (a range, a pack's chunks, a
 * record known by its title alone).
 */
export function onPapersChanged(listener: (ids: string[] | null) => void): void {
  Dexie.on('storagemutated', (parts) => {
    const ids: string[] = [];
    for (const [part, tree] of Object.entries(parts)) {
      const paperOf = Object.entries(PAPER_OF_KEY).find(([name]) => part.endsWith(`/${name}/`))?.[1];
      if (!paperOf) continue;
      const keys = singleKeys(tree);
      const named = keys?.map(paperOf);
      if (!named || named.includes(null)) return listener(null);
      ids.push(...(named as string[]));
    }
    if (ids.length > 0) listener([...new Set(ids)]);
  });
}
