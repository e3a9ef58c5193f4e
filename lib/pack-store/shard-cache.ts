import { packChunksOf, type LensDB, type ShardRecord } from '../db/db';
import { PACK_FETCH_LIMITS } from '../net/fetch-document';

/**
 * The most the shards of all feeds may hold together, counted as the characters of their stored
 * records: a feed may list thousands of monthly shards of megabytes each, and they share the
 * extension's storage with the reading list. Past it the shards fetched longest ago go first; a
 * page that needs one again fetches it again.
 */
export const SHARD_CACHE_LIMIT = 200 * 1024 * 1024;

/** A shard stored before its size was recorded counts as the largest a document may be. */
const UNKNOWN_SIZE = PACK_FETCH_LIMITS.maxBytes;

/**
 * Drops the shards fetched longest ago, with their papers, until the rest fit the limit; `keep`
 * (the shard just stored) stays whatever its size. Runs in the caller's transaction over
 * `packChunks`, `shards` and `packs`: the user's tables are not part of it.
 */
export async function evictOldShards(db: LensDB, keep: Pick<ShardRecord, 'packKey' | 'key'>, limit = SHARD_CACHE_LIMIT): Promise<void> {
  const held = await db.shards.toArray();
  let total = held.reduce((sum, shard) => sum + (shard.size ?? UNKNOWN_SIZE), 0);
  if (total <= limit) return;
  const touched = new Set<string>();
  for (const shard of held.sort((a, b) => a.fetchedAt - b.fetchedAt)) {
    if (total <= limit) break;
    if (shard.packKey === keep.packKey && shard.key === keep.key) continue;
    await db.packChunks.where('[packKey+shardKey]').equals([shard.packKey, shard.key]).delete();
    await db.shards.delete([shard.packKey, shard.key]);
    total -= shard.size ?? UNKNOWN_SIZE;
    touched.add(shard.packKey);
  }
  for (const packKey of touched) {
    let paperCount = 0;
    await packChunksOf(db, packKey).each((chunk) => (paperCount += chunk.count));
    await db.packs.update(packKey, { paperCount });
  }
}
