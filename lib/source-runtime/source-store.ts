import type { PackPaper, PageMeta } from '../pack/schema';
import { putKeyed } from '../db/changed-keys';
import { isStorageFull, STORAGE_FULL } from '../db/storage-full';
import { originRecords, type LensDB, type SourceFetch } from '../db/db';
import { toPaperRecords } from '../pack-store/import-pack';
import { SOURCE_ORIGIN_KEYS, type SourceId } from '../sources/keys';
import { SourceError } from '../source-apis/source-error';

export interface Freshness {
  /** How long a found answer stands; `Infinity` for one that is final. */
  found: number;
  notFound: number;
}

/** The keys (paper ids, days) that have no answer fresh enough: only these are fetched. */
export async function staleKeys(db: LensDB, source: string, keys: readonly string[], freshness: Freshness, now: number): Promise<string[]> {
  const unique = [...new Set(keys)];
  const fetched = await db.sourceFetches.bulkGet(unique.map((key) => [source, key] as [string, string]));
  return unique.filter((_, i) => {
    const last = fetched[i];
    if (!last) return true;
    return now - last.fetchedAt >= (last.found ? freshness.found : freshness.notFound);
  });
}

/**
 * Stores one answer whole, in one transaction: the papers it brought (replacing the source's earlier
 * word on them), what was asked and whether it was found, and the source's status. A failure
 * writes nothing.
 */
export async function storeAnswer(
  db: LensDB,
  source: SourceId,
  papers: PackPaper[],
  asked: { key: string; found: boolean }[],
  now: number,
): Promise<void> {
  const originKey = SOURCE_ORIGIN_KEYS[source];
  const records = toPaperRecords(originKey, papers).map((record) => ({ ...record, fetchedAt: now }));
  const fetches: SourceFetch[] = asked.map(({ key, found }) => ({ source, key, found, fetchedAt: now }));
  await db.transaction('rw', db.papers, db.sourceFetches, db.sourceStatus, async () => {
    // Written so that Dexie names the papers: the lookup cache and open tabs then renew only those.
    await putKeyed(db.papers, records);
    await db.sourceFetches.bulkPut(fetches);
    await db.sourceStatus.put({ id: source, status: 'ok', lastSync: now, paperCount: await originRecords(db, originKey).count() });
  });
}

/** Whether the source asked (or was told) to rest, after a 429 or repeated failures. */
export async function isPaused(ctx: { db: LensDB; now(): number }, source: SourceId): Promise<boolean> {
  return ((await ctx.db.sourceStatus.get(source))?.pausedUntil ?? 0) > ctx.now();
}

/** A source that failed keeps what it had; the options page shows why. */
export async function markSourceFailed(db: LensDB, source: SourceId, error: unknown, now: number): Promise<void> {
  const lastError = sourceErrorMessage(error);
  const previous = await db.sourceStatus.get(source);
  const pausedUntil = error instanceof SourceError ? error.pauseUntil : undefined;
  await db.sourceStatus.put({
    id: source,
    paperCount: previous?.paperCount ?? 0,
    lastSync: now,
    status: 'error',
    lastError,
    ...(pausedUntil ? { pausedUntil } : {}),
  });
}

function sourceErrorMessage(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (isStorageFull(error)) return STORAGE_FULL;
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
}

/** Forgets everything a source brought (turned off by the user): its papers, what it was asked, its status. */
export async function clearSource(db: LensDB, source: SourceId): Promise<void> {
  await db.transaction('rw', db.papers, db.sourceFetches, db.sourceStatus, async () => {
    await originRecords(db, SOURCE_ORIGIN_KEYS[source]).delete();
    await db.sourceFetches.where('source').equals(source).delete();
    await db.sourceStatus.delete(source);
  });
}

/**
 * What the page showed of a paper the user saved from it, so that its citation is complete at once;
 * arXiv's own answer (ranked above it) follows. Pages are no source to sync, so no status is kept.
 */
export async function storePageMeta(db: LensDB, id: string, title: string | undefined, meta: PageMeta): Promise<void> {
  const paper: PackPaper = { id, title: title ?? null, tags: [], summaries: [], ...meta };
  const [record] = toPaperRecords(SOURCE_ORIGIN_KEYS.page, [paper]);
  await db.papers.put({ ...record!, fetchedAt: Date.now() });
}
