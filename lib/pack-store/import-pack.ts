import { normalizeTitle } from '../pack/normalize';
import type { PackPaper } from '../pack/schema';
import { packChunksOf, type LensDB, type PackRecord, type PaperRecord } from '../db/db';
import { storedChunks, type StoredRecord } from '../db/pack-chunks';
import { recordKey } from '../db/record-keys';
import { evictOldShards, SHARD_CACHE_LIMIT } from './shard-cache';

export function toPaperRecords(originKey: string, papers: PackPaper[], shardKey?: string): PaperRecord[] {
  return papers.map((paper) => {
    const titleKey = paper.title ? normalizeTitle(paper.title) : null;
    return { ...paper, key: recordKey(originKey, paper.id ?? null, titleKey), packKey: originKey, ...(shardKey ? { shardKey } : {}), titleKey };
  });
}

/** A pack's papers as its chunks store them: the records' keys are the chunks' to give. */
function toChunks(packKey: string, papers: readonly PackPaper[], shardKey?: string) {
  return storedChunks(
    packKey,
    papers.map((paper): StoredRecord => ({ ...paper, titleKey: paper.title ? normalizeTitle(paper.title) : null })),
    shardKey,
  );
}

/**
 * Replaces everything a pack holds with a new version, in one transaction: a failure half-way
 * leaves the previous version whole. Other packs and the user's tables are not part of it.
 */
export async function replacePack(db: LensDB, pack: PackRecord, papers: PackPaper[]): Promise<void> {
  const chunks = toChunks(pack.key, papers);
  await db.transaction('rw', db.packChunks, db.packs, db.shards, async () => {
    // A subscription removed while its new version was on its way stays removed.
    if (pack.kind !== 'bundled' && !(await db.packs.get(pack.key))) return;
    await packChunksOf(db, pack.key).delete();
    await db.shards.where('[packKey+key]').between([pack.key, ''], [pack.key, '\uffff']).delete();
    await db.packChunks.bulkAdd(chunks);
    await db.packs.put({ ...pack, paperCount: papers.length });
  });
}

/**
 * Replaces one shard's papers of a feed, atomically, records the hash it was fetched at, and keeps
 * all shards within `cacheLimit` (`lib/pack-store/shard-cache.ts`).
 */
export async function replaceShard(
  db: LensDB,
  packKey: string,
  shardKey: string,
  hash: string,
  papers: PackPaper[],
  now: number,
  cacheLimit = SHARD_CACHE_LIMIT,
) {
  const chunks = toChunks(packKey, papers, shardKey);
  await db.transaction('rw', db.packChunks, db.shards, db.packs, async () => {
    const pack = await db.packs.get(packKey);
    // The user may have unsubscribed while the shard was on its way.
    if (!pack) return;
    const held = db.packChunks.where('[packKey+shardKey]').equals([packKey, shardKey]);
    // Counted from this shard's chunks alone: recounting the whole feed read every shard's papers again at each shard stored.
    let replaced = 0;
    await held.each((chunk) => (replaced += chunk.count));
    await held.delete();
    await db.packChunks.bulkPut(chunks);
    await db.shards.put({ packKey, key: shardKey, hash, fetchedAt: now, size: chunks.reduce((sum, chunk) => sum + chunk.records.length, 0) });
    await db.packs.update(packKey, { paperCount: pack.paperCount - replaced + papers.length });
    await evictOldShards(db, { packKey, key: shardKey }, cacheLimit);
  });
}

/** Removes a pack and all it brought; the reading list, tags and notes stay. */
export async function removePack(db: LensDB, packKey: string): Promise<void> {
  await db.transaction('rw', db.packChunks, db.packs, db.shards, async () => {
    await packChunksOf(db, packKey).delete();
    await db.shards.where('[packKey+key]').between([packKey, ''], [packKey, '\uffff']).delete();
    await db.packs.delete(packKey);
  });
}
