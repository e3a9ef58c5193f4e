import { PackError, parsePackDocument } from '../pack/parse';
import type { LensDB, PackRecord, ShardRef } from './db';
import { fetchDocument } from './fetch-document';
import { sha256 } from './hash';
import { replaceShard } from './import-pack';
import type { PackFetchDeps } from './subscriptions';

/** The shard a paper lives in: the YYMM of its id, which old-style and new-style ids never share. */
export function shardKeyOf(id: string): string {
  const digits = /(\d{4})[.\d]/.exec(id.slice(id.indexOf('/') + 1));
  return digits ? digits[1]! : '';
}

const inFlight = new Map<string, Promise<void>>();

/** A shard that failed is left alone this long, so pages are not held up by a broken server. */
const RETRY_AFTER_MS = 10 * 60 * 1000;
const failedAt = new Map<string, number>();

/**
 * Makes sure every feed holds the shards for these ids, fetching only the shards that are missing
 * or whose hash the manifest changed. A feed covering all of arXiv is never downloaded whole.
 */
export async function ensureShardsFor(db: LensDB, ids: readonly string[], deps: PackFetchDeps = {}): Promise<void> {
  const feeds = await db.packs.where('kind').equals('feed').toArray();
  if (feeds.length === 0) return;
  const keys = new Set(ids.map(shardKeyOf));
  const jobs: Promise<void>[] = [];
  for (const feed of feeds) {
    const wanted = (feed.shards ?? []).filter((s) => keys.has(s.key));
    if (wanted.length === 0) continue;
    const held = await db.shards.bulkGet(wanted.map((s) => [feed.key, s.key] as [string, string]));
    wanted.forEach((shard, i) => {
      if (held[i]?.hash !== shard.hash) jobs.push(fetchShardOnce(db, feed, shard, deps));
    });
  }
  await Promise.all(jobs);
}

function fetchShardOnce(db: LensDB, feed: PackRecord, shard: ShardRef, deps: PackFetchDeps): Promise<void> {
  const flightKey = `${feed.key}|${shard.key}|${shard.hash}`;
  const now = (deps.now ?? Date.now)();
  if (now - (failedAt.get(flightKey) ?? -Infinity) < RETRY_AFTER_MS) return Promise.resolve();
  let job = inFlight.get(flightKey);
  if (!job) {
    job = fetchShard(db, feed, shard, deps)
      .then((ok) => {
        if (ok) failedAt.delete(flightKey);
        else failedAt.set(flightKey, now);
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, job);
  }
  return job;
}

/** Whether the shard was imported; a failure is recorded on the feed, once per distinct error. */
async function fetchShard(db: LensDB, feed: PackRecord, shard: ShardRef, deps: PackFetchDeps): Promise<boolean> {
  const now = deps.now ?? Date.now;
  try {
    const fetched = await fetchDocument(shard.url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
    if (fetched.status !== 'ok') throw new PackError(`Shard ${shard.key}: the server answered "not modified" to a plain request`);
    if ((await sha256(fetched.bytes)) !== shard.hash) throw new PackError(`Shard ${shard.key}: its content does not match the manifest's hash`);
    const doc = parsePackDocument(fetched.text);
    if (doc.type !== 'pack') throw new PackError(`Shard ${shard.key}: not a pack`);
    const stray = doc.pack.papers.find((p) => p.id === null || shardKeyOf(p.id) !== shard.key);
    if (stray) throw new PackError(`Shard ${shard.key}: holds a paper of another month (${stray.id ?? stray.title})`);
    await replaceShard(db, feed.key, shard.key, shard.hash, doc.pack.papers, now());
    return true;
  } catch (error) {
    // The shard held before, if any, stays in use; the error shows on the options page.
    const lastError = error instanceof PackError ? error.message : `Shard ${shard.key}: ${(error as Error).message}`;
    if ((await db.packs.get(feed.key))?.lastError !== lastError) await db.packs.update(feed.key, { lastError });
    return false;
  }
}
