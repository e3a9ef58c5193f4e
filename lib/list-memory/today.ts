import type { MergeOptions } from '../paper/merge';
import type { LensDB } from '../db/db';
import { localDay } from './local-day';
import { lookup } from '../reads/lookup';
import { idOfSeenKey, unpackKeys } from './seen-codec';

/** The popup's Today line: the lists the user opened today and what came of their new papers. */
export interface TodayFigures {
  listings: number;
  /** Papers first shown today, on any of them. */
  fresh: number;
  /** How far triage went on them, summed over the lists. */
  triaged: number;
  saved: number;
  summarized: number;
  forYou: number;
}

/** Today's figures, or null when no list was opened today. */
export async function readToday(db: LensDB, options: MergeOptions = {}, now = Date.now()): Promise<TodayFigures | null> {
  const day = localDay(now);
  const [visits, record, progress, saved] = await Promise.all([
    db.listingVisits.filter((visit) => localDay(visit.lastAt) === day).toArray(),
    db.seenDays.get(day),
    db.triageProgress.filter((p) => p.day === day).toArray(),
    db.readingList
      .where('addedAt')
      .aboveOrEqual(new Date(`${day}T00:00`).getTime())
      .toArray(),
  ]);
  if (visits.length === 0) return null;
  const fresh: string[] = [];
  for (const batch of record?.batches ?? []) unpackKeys(batch.ids, (key) => fresh.push(idOfSeenKey(key)));
  const freshSet = new Set(fresh);
  const known = await lookup(db, { ids: fresh, titles: {} }, options);
  return {
    listings: visits.length,
    fresh: fresh.length,
    triaged: progress.reduce((sum, p) => sum + p.position, 0),
    saved: saved.filter((entry) => freshSet.has(entry.id)).length,
    summarized: Object.values(known).filter((paper) => paper.summaries.length > 0).length,
    forYou: visits.reduce((sum, visit) => sum + (visit.forYou ?? 0), 0),
  };
}
