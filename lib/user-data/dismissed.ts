import { isCanonicalArxivId } from '../arxiv/ids';
import type { LensDB } from '../db/db';

/** Marks a paper "not interested". Answers false for text that is no arXiv id, which is not stored. */
export async function dismiss(db: LensDB, id: string, now = Date.now()): Promise<boolean> {
  if (!isCanonicalArxivId(id)) return false;
  await db.dismissed.put({ id, dismissed: true, updatedAt: now });
  return true;
}

/** Undoes a dismissal, keeping its record dated (see `Dismissal`). Answers false when the paper was not dismissed. */
export async function undismiss(db: LensDB, id: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.dismissed, async () => {
    if (!(await db.dismissed.get(id))?.dismissed) return false;
    await db.dismissed.put({ id, dismissed: false, updatedAt: now });
    return true;
  });
}

/** Every paper dismissed now: a small table, read whole. */
export async function dismissedIds(db: LensDB): Promise<Set<string>> {
  const records = await db.dismissed.toArray();
  return new Set(records.filter((record) => record.dismissed).map((record) => record.id));
}
