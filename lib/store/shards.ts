import { PackError, parsePackDocument } from '../pack/parse';
import type { PackPaper } from '../pack/schema';
import type { LensDB, PackRecord, PaperRecord, ShardRef } from './db';
import type { UnstoredRecords } from './lookup-cache';
import { fetchDocument } from './fetch-document';
import { sha256 } from './hash';
import { replaceShard, toPaperRecords } from './import-pack';
import type { PackFetchDeps } from './subscriptions';

/** The shard a paper lives in: the YYMM of its id, which old-style and new-style ids never share. */
export function shardKeyOf(id: string): string {
  const digits = /(\d{4})[.\d]/.exec(id.slice(id.indexOf('/') + 1));
  return digits ? digits[1]! : '';
}

/** What a lookup needs of the shards it waited for; storing them goes on after. */
export interface ShardsFetched extends UnstoredRecords {
  /** Settles once those shards are stored, or their failure recorded; never rejects. */
  stored: Promise<void>;
}

interface ShardJob {
  /** The shard's papers once checked, or null if it failed. */
  papers: Promise<readonly PackPaper[] | null>;
  /** Stores the checked shard (once, whoever asks); never rejects. */
  store(): Promise<void>;
}

const inFlight = new Map<string, ShardJob>();

/** A shard that failed is left alone this long, so pages are not held up by a broken server. */
const RETRY_AFTER_MS = 10 * 60 * 1000;
const failedAt = new Map<string, number>();

const NOTHING: ShardsFetched = { records: [], shards: new Set(), stored: Promise.resolve() };

/**
 * Makes sure every feed holds the shards for these ids, fetching only the shards that are missing
 * or whose hash the manifest changed. A feed covering all of arXiv is never downloaded whole.
 * Resolves once the shards are checked, with their records of these ids, before they are stored:
 * storing twelve months of shards costs as much as checking them, and IndexedDB would run every
 * read begun meanwhile after those writes, so they start a task later, once the caller has read.
 */
export async function ensureShardsFor(db: LensDB, ids: readonly string[], deps: PackFetchDeps = {}): Promise<ShardsFetched> {
  const feeds = await db.packs.where('kind').equals('feed').toArray();
  if (feeds.length === 0) return NOTHING;
  const keys = new Set(ids.map(shardKeyOf));
  const jobs: { feedKey: string; shardKey: string; job: ShardJob }[] = [];
  for (const feed of feeds) {
    const wanted = (feed.shards ?? []).filter((s) => keys.has(s.key));
    if (wanted.length === 0) continue;
    const held = await db.shards.bulkGet(wanted.map((s) => [feed.key, s.key] as [string, string]));
    wanted.forEach((shard, i) => {
      if (held[i]?.hash !== shard.hash) jobs.push({ feedKey: feed.key, shardKey: shard.key, job: fetchShardOnce(db, feed, shard, deps) });
    });
  }
  if (jobs.length === 0) return NOTHING;
  const asked = new Set(ids);
  const records: PaperRecord[] = [];
  const shards = new Set<string>();
  for (const { feedKey, shardKey, job } of jobs) {
    const papers = await job.papers;
    if (!papers) continue;
    shards.add(`${feedKey}|${shardKey}`);
    records.push(
      ...toPaperRecords(
        feedKey,
        papers.filter((paper) => paper.id !== null && asked.has(paper.id)),
        shardKey,
      ),
    );
  }
  const stored = new Promise<void>((resolve) => setTimeout(() => resolve(Promise.all(jobs.map(({ job }) => job.store())).then(() => undefined))));
  return { records, shards, stored };
}

function fetchShardOnce(db: LensDB, feed: PackRecord, shard: ShardRef, deps: PackFetchDeps): ShardJob {
  const flightKey = `${feed.key}|${shard.key}|${shard.hash}`;
  const now = (deps.now ?? Date.now)();
  if (now - (failedAt.get(flightKey) ?? -Infinity) < RETRY_AFTER_MS) return { papers: Promise.resolve(null), store: () => Promise.resolve() };
  let job = inFlight.get(flightKey);
  if (!job) {
    const fetched = fetchCheckedShard(shard, deps);
    let stored: Promise<void> | undefined;
    const store = () =>
      (stored ??= fetched
        .then((papers) => replaceShard(db, feed.key, shard.key, shard.hash, papers, now))
        .then(
          () => void failedAt.delete(flightKey),
          (error: unknown) => {
            failedAt.set(flightKey, now);
            return recordShardError(db, feed.key, shard.key, error);
          },
        )
        .finally(() => inFlight.delete(flightKey)));
    job = { papers: fetched.catch(() => null), store };
    inFlight.set(flightKey, job);
  }
  return job;
}

/** The shard's papers, once its bytes match the manifest's hash and its content is a pack of its month. */
async function fetchCheckedShard(shard: ShardRef, deps: PackFetchDeps): Promise<PackPaper[]> {
  const fetched = await fetchDocument(shard.url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  if (fetched.status !== 'ok') throw new PackError(`Shard ${shard.key}: the server answered "not modified" to a plain request`);
  if ((await sha256(fetched.bytes)) !== shard.hash) throw new PackError(`Shard ${shard.key}: its content does not match the manifest's hash`);
  const doc = parsePackDocument(fetched.text);
  if (doc.type !== 'pack') throw new PackError(`Shard ${shard.key}: not a pack`);
  const stray = doc.pack.papers.find((p) => p.id === null || shardKeyOf(p.id) !== shard.key);
  if (stray) throw new PackError(`Shard ${shard.key}: holds a paper of another month (${stray.id ?? stray.title})`);
  return doc.pack.papers;
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
