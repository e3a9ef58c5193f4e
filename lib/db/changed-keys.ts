import type { IntervalTree } from 'dexie';

/**
 * The keys a change named one by one in a Dexie range set (what `storagemutated` reports per table),
 * or null when it names a range: Dexie reports a write of 50 rows or more, a range delete or a clear
 * as the whole table. Walks the tree as plain objects, as other contexts' changes arrive cloned.
 */
export function singleKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

/**
 * The most rows one Dexie write may hold and still have its keys reported: from 50 on it reports
 * the whole table (its observability middleware), and every tab would look all its papers up again.
 */
export const KEYED_WRITE = 49;

/** Writes rows in writes small enough that Dexie reports their keys; call it inside a transaction to keep them one. */
export async function putKeyed<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += KEYED_WRITE) await table.bulkPut(rows.slice(i, i + KEYED_WRITE));
}
