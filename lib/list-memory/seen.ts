import { isCanonicalArxivId } from '../arxiv/ids';
import type { LensDB } from '../db/db';
import { retryOnNextCall } from '../retry-on-next-call';
import { localDay } from './local-day';
import { packKeys, seenKey, type SeenKey } from './seen-codec';
import { SeenIndex } from './seen-index';

/**
 * Every paper a listing, catch-up or search page has shown, with when it was first shown.
 *
 * "Seen before" is relative to a visit, not a day: a paper is seen before when it was first shown
 * before the current visit of the page began (`recordVisit`, lib/list-memory/listing-visits.ts). So a
 * reload keeps what the first load showed as new, and an evening visit dims what the morning's
 * showed. First-seen is kept to the moment of the load that showed it, which is what that needs.
 *
 * The index is read once into memory (`SeenIndex`), so a page's 2,000 ids are answered without
 * the database; only the background holds it.
 */
export interface SeenStore {
  /** Reads the whole store into memory, once; every other call waits for it. */
  load(): Promise<void>;
  /**
   * Records the papers a page shows, at `now`: those never shown before are stored under today's
   * record. Answers each canonical id's first-seen moment (`now` for the new ones); other text is
   * ignored.
   */
  markSeen(ids: readonly string[], now: number): Promise<Map<string, number>>;
  /** The ids first shown before `since` (the current visit's start). */
  seenBefore(ids: readonly string[], since: number): Promise<Set<string>>;
  /** How many papers it holds. */
  size(): Promise<number>;
  /** Drops what it holds in memory, after papers were forgotten (`lib/list-memory/list-history.ts`); the next call reads the store again. */
  forget(): void;
}

export function createSeenStore(db: LensDB): SeenStore {
  /** Each paper's batch, an index into `batchTimes`: a small integer per paper rather than a date. */
  let index = new SeenIndex();
  let batchTimes: number[] = [];
  let loading: Promise<void> | undefined;

  async function readAll(): Promise<void> {
    // Days come in key order, that is in time: a paper's earliest batch comes first.
    const batches = (await db.seenDays.toArray()).flatMap((day) => day.batches);
    index = SeenIndex.fromPacked(batches.map((batch) => batch.ids));
    batchTimes = batches.map((batch) => batch.at);
  }

  function load(): Promise<void> {
    loading ??= retryOnNextCall(readAll(), () => (loading = undefined));
    return loading;
  }

  async function markSeen(ids: readonly string[], now: number): Promise<Map<string, number>> {
    await load();
    const firstSeen = new Map<string, number>();
    const fresh: SeenKey[] = [];
    const batch = batchTimes.length;
    for (const id of ids) {
      if (firstSeen.has(id) || !isCanonicalArxivId(id)) continue;
      const key = seenKey(id);
      const known = index.batchOf(key);
      if (known === undefined) fresh.push(key);
      firstSeen.set(id, known === undefined ? now : batchTimes[known]!);
    }
    if (!fresh.length) return firstSeen;
    // Claimed in memory before the write, so two pages marking the same paper at once store it once.
    index.add(fresh, batch);
    batchTimes.push(now);
    const day = localDay(now);
    await db.transaction('rw', db.seenDays, async () => {
      const record = (await db.seenDays.get(day)) ?? { day, batches: [] };
      record.batches.push({ at: now, ids: packKeys(fresh) });
      await db.seenDays.put(record);
    });
    return firstSeen;
  }

  async function seenBefore(ids: readonly string[], since: number): Promise<Set<string>> {
    await load();
    const seen = new Set<string>();
    for (const id of ids) {
      const batch = index.batchOf(seenKey(id));
      if (batch !== undefined && batchTimes[batch]! < since) seen.add(id);
    }
    return seen;
  }

  async function size(): Promise<number> {
    await load();
    return index.size;
  }

  function forget(): void {
    loading = undefined;
  }

  return { load, markSeen, seenBefore, size, forget };
}
