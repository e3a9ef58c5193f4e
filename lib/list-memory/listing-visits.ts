import type { LensDB, ListingVisit } from '../db/db';

/**
 * Loads of one listing closer together than this are one visit: longer than a sitting over a long
 * listing, shorter than the day between two of arXiv's announcements.
 */
export const VISIT_GAP_MS = 2 * 60 * 60 * 1000;

/**
 * Records a load of (or activity on) a listing at `now` and answers the visit it belongs to: the
 * current one when the last load was within `VISIT_GAP_MS`, else a new one starting now. Papers first
 * seen before its `startedAt` are "seen before" (`SeenStore.seenBefore`).
 */
export async function recordVisit(db: LensDB, listKey: string, now: number): Promise<ListingVisit> {
  return db.transaction('rw', db.listingVisits, async () => {
    const last = await db.listingVisits.get(listKey);
    // A clock set back leaves lastAt in the future: that is a new visit, not one that never ends.
    const continues = last && now >= last.lastAt && now - last.lastAt < VISIT_GAP_MS;
    const visit: ListingVisit = continues
      ? { ...last, lastAt: now }
      : { listKey, startedAt: now, lastAt: now, ...(last ? { previousStartedAt: last.startedAt } : {}) };
    await db.listingVisits.put(visit);
    return visit;
  });
}

/** Keeps how many papers of the list were marked "for you", for the popup's Today line. */
export async function recordForYou(db: LensDB, listKey: string, count: number): Promise<void> {
  await db.listingVisits.update(listKey, { forYou: count });
}
