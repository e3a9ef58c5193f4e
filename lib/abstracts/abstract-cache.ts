import type { AbstractAnswer } from '../messaging';
import { FRESHNESS } from '../source-runtime/freshness';
import type { AbstractRecord, LensDB } from '../db/db';

/**
 * Abstracts kept at most: about 25 MB at arXiv's longest abstracts, a dozen year-long lists
 * scrolled through. Past it the ones fetched longest ago are dropped.
 */
export const ABSTRACT_CACHE_LIMIT = 20_000;

const answerOf = (record: AbstractRecord): AbstractAnswer =>
  record.text === null ? null : record.version === undefined ? { text: record.text } : { text: record.text, version: record.version };

/** Whether a held answer still stands: an abstract for a week (a new version may rewrite it), "unknown" for days. */
const isFresh = (record: AbstractRecord, now: number) => now - record.fetchedAt < (record.text === null ? FRESHNESS.notFound : FRESHNESS.paper);

/** The fresh answers held for these ids; the ids left out are to be fetched. */
export async function readAbstracts(db: LensDB, ids: readonly string[], now: number): Promise<Map<string, AbstractAnswer>> {
  const records = await db.abstracts.bulkGet([...ids]);
  return new Map(records.flatMap((record) => (record && isFresh(record, now) ? [[record.id, answerOf(record)] as const] : [])));
}

/** Stores one answer of arXiv's (abstracts, and ids it does not know as null), then drops the oldest past the limit. */
export async function writeAbstracts(
  db: LensDB,
  answers: ReadonlyMap<string, AbstractAnswer>,
  now: number,
  limit = ABSTRACT_CACHE_LIMIT,
): Promise<void> {
  const records: AbstractRecord[] = [...answers].map(([id, answer]) =>
    answer === null ? { id, text: null, fetchedAt: now } : { id, ...answer, fetchedAt: now },
  );
  await db.transaction('rw', db.abstracts, async () => {
    await db.abstracts.bulkPut(records);
    await pruneAbstracts(db, limit);
  });
}

/** Drops the abstracts fetched longest ago past `limit`: a count and one index range, no table scan. */
export async function pruneAbstracts(db: LensDB, limit = ABSTRACT_CACHE_LIMIT): Promise<void> {
  const excess = (await db.abstracts.count()) - limit;
  if (excess <= 0) return;
  await db.abstracts.bulkDelete(await db.abstracts.orderBy('fetchedAt').limit(excess).primaryKeys());
}

/** Forgets every abstract held (the options page's "Clear list history"). */
export async function clearAbstracts(db: LensDB): Promise<void> {
  await db.abstracts.clear();
}

/**
 * Papers as the ranking sees them, each without an abstract given the one held for it: a title-only
 * list ranks on the abstracts its reader already brought in, here or on an earlier visit.
 */
export async function withHeldAbstracts<T extends { id: string; abstract?: string }>(db: LensDB, papers: readonly T[], now: number): Promise<T[]> {
  const missing = papers.filter((paper) => !paper.abstract).map((paper) => paper.id);
  if (missing.length === 0) return [...papers];
  const held = await readAbstracts(db, missing, now);
  return papers.map((paper) => {
    const answer = paper.abstract ? null : held.get(paper.id);
    return answer ? { ...paper, abstract: answer.text } : paper;
  });
}
