import { PackError, readPackDocument } from '../pack/parse';
import { readShardDocument, type ShardDocument } from '../pack/shard-document';
import { quickPackPaper } from '../pack/quick-check';
import { PackHeaderSchema, PackPaperSchema, type PackPaper } from '../pack/schema';
import { PACK_LIMITS } from '../paper/limits';
import type { LensDB, PackRecord, PaperRecord, ShardRef } from '../db/db';
import type { UnstoredRecords } from '../reads/lookup-cache';
import { monthOfId } from '../arxiv/id-month';
import { fetchDocument } from '../net/fetch-document';
import { sha256 } from '../net/sha256';
import { replaceShard, toPaperRecords } from './import-pack';
import type { PackFetchDeps } from './subscriptions';

/** What a lookup needs of the shards it waited for; storing them goes on after. */
export interface ShardsFetched extends UnstoredRecords {
  /**
   * Checks those shards whole and stores them (once, however often called); settles once they are
   * stored, or their failure recorded, and never rejects. Called once the lookup is answered: the
   * checks are long tasks, and IndexedDB runs reads begun after the writes only once they are done,
   * so a lookup still reading waited for every shard of its page to be stored.
   */
  store(): Promise<void>;
}

interface ShardJob {
  /** The shard once its bytes match the manifest's hash, or null if they did not arrive, did not match, or are not JSON. */
  verified: Promise<ShardDocument | null>;
  /** Checks the whole shard and stores it (once, whoever asks); never rejects. */
  store(): Promise<void>;
  /** Whether a lookup took it: one fetched ahead of its lookup (`prefetchShardsFor`) waits for one only so long. */
  claimed: boolean;
}

/** A shard's job, started or joined, for one feed. */
interface PlannedShard {
  feedKey: string;
  shardKey: string;
  flightKey: string;
  job: ShardJob;
}

/** The shard a paper lives in: the month of its id (a list's page groups its entries by it too). */
export const shardKeyOf = monthOfId;

const inFlight = new Map<string, ShardJob>();

/** A shard that failed is left alone this long, so pages are not held up by a broken server. */
const RETRY_AFTER_MS = 10 * 60 * 1000;
const failedAt = new Map<string, number>();

/** No shard fetched: nothing to store. */
export const NO_SHARDS: ShardsFetched = { records: [], shards: new Set(), store: () => Promise.resolve() };

/**
 * Fetches, for every feed, the shards of these ids that it lacks or whose hash the manifest changed.
 * A feed covering all of arXiv is never downloaded whole. Resolves once the shards' bytes match
 * their hashes, with the records of these ids, each checked against the pack's schema; the shards
 * are checked whole and stored when the caller asks (`store`): checking a month's papers is costly
 * for Zod without its JIT, and storing them as much again (a shard another page is already storing
 * may still come first: slower, not wrong). A shard that fails then is not stored, and its error
 * shows on the options page.
 */
export async function ensureShardsFor(db: LensDB, ids: readonly string[], deps: PackFetchDeps = {}): Promise<ShardsFetched> {
  const jobs = await plannedShards(db, ids, deps);
  if (jobs.length === 0) return NO_SHARDS;
  for (const { job } of jobs) job.claimed = true;
  const asked = new Set(ids);
  const records: PaperRecord[] = [];
  const shards = new Set<string>();
  // Each shard is read as soon as it is in, while the others are still on their way.
  await Promise.all(
    jobs.map(async ({ feedKey, shardKey, job }) => {
      const papers = askedPapers(await job.verified, shardKey, asked);
      if (!papers) return;
      shards.add(`${feedKey}|${shardKey}`);
      records.push(...toPaperRecords(feedKey, papers, shardKey));
    }),
  );
  // Each shard's job stores it once, however often it is asked.
  const store = () => Promise.all(jobs.map(({ job }) => job.store())).then(() => undefined);
  return { records, shards, store };
}

/** How long a shard fetched ahead of its lookup is kept for it: a page closed before its lookup leaves it to nobody. */
export const UNCLAIMED_SHARD_MS = 60 * 1000;

/**
 * Starts fetching the shards `ensureShardsFor` would fetch for these ids, for a lookup still to
 * come: a list names a paper of each month it reaches while it is parsed, long before its lookup.
 * They are only fetched and checked against their hashes; the lookup that asks for them takes
 * them in flight or verified, answers from them and stores them. Resolves once they are on their way.
 */
export async function prefetchShardsFor(db: LensDB, ids: readonly string[], deps: PackFetchDeps = {}): Promise<void> {
  for (const { flightKey, job } of await plannedShards(db, ids, deps)) {
    if (job.claimed) continue;
    setTimeout(() => {
      if (!job.claimed && inFlight.get(flightKey) === job) inFlight.delete(flightKey);
    }, UNCLAIMED_SHARD_MS);
  }
}

/** For every feed, the shards of these ids that it lacks or whose hash the manifest changed: their jobs, started or joined. */
async function plannedShards(db: LensDB, ids: readonly string[], deps: PackFetchDeps): Promise<PlannedShard[]> {
  const feeds = await db.packs.where('kind').equals('feed').toArray();
  if (feeds.length === 0) return [];
  const keys = new Set(ids.map(shardKeyOf));
  const jobs: PlannedShard[] = [];
  for (const feed of feeds) {
    const wanted = (feed.shards ?? []).filter((s) => keys.has(s.key));
    if (wanted.length === 0) continue;
    const held = await db.shards.bulkGet(wanted.map((s) => [feed.key, s.key] as [string, string]));
    wanted.forEach((shard, i) => {
      if (held[i]?.hash === shard.hash) return;
      const flightKey = `${feed.key}|${shard.key}|${shard.hash}`;
      jobs.push({ feedKey: feed.key, shardKey: shard.key, flightKey, job: fetchShardOnce(db, feed, shard, flightKey, deps) });
    });
  }
  return jobs;
}

function fetchShardOnce(db: LensDB, feed: PackRecord, shard: ShardRef, flightKey: string, deps: PackFetchDeps): ShardJob {
  const now = (deps.now ?? Date.now)();
  if (now - (failedAt.get(flightKey) ?? -Infinity) < RETRY_AFTER_MS)
    return { verified: Promise.resolve(null), store: () => Promise.resolve(), claimed: true };
  let job = inFlight.get(flightKey);
  if (!job) {
    const verified = fetchVerifiedShard(shard, deps);
    let stored: Promise<void> | undefined;
    const store = () =>
      (stored ??= verified
        .then((doc) => replaceShard(db, feed.key, shard.key, shard.hash, checkedShard(doc, shard), now, deps.shardCacheLimit))
        .then(
          () => void failedAt.delete(flightKey),
          (error: unknown) => {
            failedAt.set(flightKey, now);
            return recordShardError(db, feed.key, shard.key, error);
          },
        )
        .finally(() => inFlight.delete(flightKey)));
    job = { verified: verified.catch(() => null), store, claimed: false };
    inFlight.set(flightKey, job);
  }
  return job;
}

/** The shard, once its bytes match the manifest's hash. */
async function fetchVerifiedShard(shard: ShardRef, deps: PackFetchDeps): Promise<ShardDocument> {
  const fetched = await fetchDocument(shard.url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  if (fetched.status !== 'ok') throw new PackError(`Shard ${shard.key}: the server answered "not modified" to a plain request`);
  if ((await sha256(fetched.bytes)) !== shard.hash) throw new PackError(`Shard ${shard.key}: its content does not match the manifest's hash`);
  return inShard(shard, () => readShardDocument(fetched.text));
}

/** What `read` gives, its PackError naming the shard. */
function inShard<T>(shard: ShardRef, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof PackError ? new PackError(`Shard ${shard.key}: ${error.message}`) : error;
  }
}

/** Whether a paper's id is one of the shard's month: a shard holds its month's papers only, each by id. */
const ofMonth = (id: unknown, shardKey: string) => {
  if (typeof id !== 'string') return false;
  // A new-style id starts with its month: a shard's hundred thousand need no pattern run over them.
  if (id.charCodeAt(4) === DOT && id.startsWith(shardKey) && !id.includes('/')) return true;
  return shardKeyOf(id) === shardKey;
};
const DOT = 46;

/**
 * The papers of these ids in a verified shard, each checked as a pack's paper; null when the shard
 * is not a pack of its month (every id of that month, once, within the limit) or one of them fails,
 * as the whole shard then will. What is left to the whole check is the other papers' fields: a
 * shard in lines has only the asked papers' lines parsed here.
 */
function askedPapers(doc: ShardDocument | null, shardKey: string, asked: ReadonlySet<string>): PackPaper[] | null {
  if (doc === null || !PackHeaderSchema.safeParse(doc.header).success) return null;
  if (doc.ids === null || doc.ids.length > PACK_LIMITS.papers) return null;
  const ids = new Set<string>();
  const found: PackPaper[] = [];
  for (let index = 0; index < doc.ids.length; index++) {
    const id = doc.ids[index];
    if (!ofMonth(id, shardKey)) return null;
    if (ids.has(id as string)) return null;
    ids.add(id as string);
    if (!asked.has(id as string)) continue;
    let raw: unknown;
    try {
      raw = doc.paper(index);
    } catch {
      return null;
    }
    const paper = quickPackPaper(raw) ?? PackPaperSchema.safeParse(raw).data;
    if (!paper || paper.id !== id) return null;
    found.push(paper);
  }
  return found;
}

/** The shard's papers, once it is a pack of its month, whole, each paper the one its ids line names. */
function checkedShard(doc: ShardDocument, shard: ShardRef): PackPaper[] {
  const read = readPackDocument(inShard(shard, () => doc.pack()));
  if (read.type !== 'pack') throw new PackError(`Shard ${shard.key}: not a pack`);
  const papers = read.pack.papers;
  const stray = papers.find((p) => !ofMonth(p.id, shard.key));
  if (stray) throw new PackError(`Shard ${shard.key}: holds a paper of another month (${stray.id ?? stray.title})`);
  const misnamed = papers.findIndex((p, index) => p.id !== doc.ids![index]);
  if (misnamed !== -1)
    throw new PackError(`Shard ${shard.key}: paper ${misnamed + 1} is ${papers[misnamed]!.id}, its ids line says ${String(doc.ids![misnamed])}`);
  return papers;
}

/** The shard held before, if any, stays in use; the error shows on the options page, once per distinct error. */
async function recordShardError(db: LensDB, feedKey: string, shardKey: string, error: unknown): Promise<void> {
  const lastError = error instanceof PackError ? error.message : `Shard ${shardKey}: ${(error as Error).message}`;
  try {
    if ((await db.packs.get(feedKey))?.lastError !== lastError) await db.packs.update(feedKey, { lastError });
  } catch {
    // The database failing too leaves nothing to record it in; the shard is tried again later.
  }
}
