import { clearAbstracts } from '../abstracts/abstract-cache';
import type { LensDB } from '../db/db';
import { localDay } from './local-day';

/**
 * How long the list history is kept (README, "What stays on your computer"): long enough for "seen
 * before" and "not interested" to span a term of reading, not a record of years of browsing.
 */
export const LIST_HISTORY_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The list history: what lists showed and when (`seenDays`), each list's visits, where triage
 * stopped, the papers marked "not interested", and the abstracts fetched for title-only lists.
 * None of it is the user's own writing, and none of it is exported or synced.
 */
const historyTables = (db: LensDB) => [db.seenDays, db.listingVisits, db.triageProgress, db.dismissed, db.abstracts];

/** Forgets the list history older than `LIST_HISTORY_DAYS`: whole days of seen papers, and each record by its last change. */
export async function pruneListHistory(db: LensDB, now = Date.now()): Promise<void> {
  const cutoff = now - LIST_HISTORY_DAYS * DAY_MS;
  await db.transaction('rw', historyTables(db), async () => {
    // One range of keys: the background reads its seen index again after a range is deleted.
    await db.seenDays.where(':id').below(localDay(cutoff)).delete();
    await db.listingVisits.filter((visit) => visit.lastAt < cutoff).delete();
    await db.triageProgress.filter((progress) => progress.updatedAt < cutoff).delete();
    await db.dismissed.where('updatedAt').below(cutoff).delete();
    await db.abstracts.where('fetchedAt').below(cutoff).delete();
  });
}

/** Forgets the whole list history (the options page's "Clear list history"); the reading list, tags and notes stay. */
export async function clearListHistory(db: LensDB): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    await Promise.all([db.seenDays.clear(), db.listingVisits.clear(), db.triageProgress.clear(), db.dismissed.clear(), clearAbstracts(db)]);
  });
}
