import { normalizeTitle } from '../pack/normalize';
import type { PackPaper } from '../pack/schema';
import { packPapers, type LensDB, type PackRecord, type PaperRecord } from './db';

export function toPaperRecords(packKey: string, papers: PackPaper[], shardKey?: string): PaperRecord[] {
  return papers.map((paper) => {
    const titleKey = paper.title ? normalizeTitle(paper.title) : null;
    return { ...paper, key: `${packKey}|${paper.id ?? `t:${titleKey}`}`, packKey, ...(shardKey ? { shardKey } : {}), titleKey };
  });
}

/**
 * Replaces everything a pack holds with a new version, in one transaction: a failure half-way
 * leaves the previous version whole. Other packs and the user's tables are not part of it.
 */
export async function replacePack(db: LensDB, pack: PackRecord, papers: PackPaper[]): Promise<void> {
  const records = toPaperRecords(pack.key, papers);
  await db.transaction('rw', db.papers, db.packs, db.shards, async () => {
    // A subscription removed while its new version was on its way stays removed.
    if (pack.kind !== 'bundled' && !(await db.packs.get(pack.key))) return;
    await packPapers(db, pack.key).delete();
    await db.shards.where('[packKey+key]').between([pack.key, ''], [pack.key, '\uffff']).delete();
    await db.papers.bulkAdd(records);
    await db.packs.put({ ...pack, paperCount: records.length });
  });
}

/** Replaces one shard's papers of a feed, atomically, and records the hash it was fetched at. */
export async function replaceShard(db: LensDB, packKey: string, shardKey: string, hash: string, papers: PackPaper[], now: number) {
  const records = toPaperRecords(packKey, papers, shardKey);
  await db.transaction('rw', db.papers, db.shards, db.packs, async () => {
    const pack = await db.packs.get(packKey);
    // The user may have unsubscribed while the shard was on its way.
    if (!pack) return;
    await db.papers.where('[packKey+shardKey]').equals([packKey, shardKey]).delete();
    await db.papers.bulkPut(records);
    await db.shards.put({ packKey, key: shardKey, hash, fetchedAt: now });
    await db.packs.update(packKey, { paperCount: await packPapers(db, packKey).count() });
  });
}

/** Removes a pack and all it brought; the reading list, tags and notes stay. */
export async function removePack(db: LensDB, packKey: string): Promise<void> {
  await db.transaction('rw', db.papers, db.packs, db.shards, async () => {
    await packPapers(db, packKey).delete();
    await db.shards.where('[packKey+key]').between([packKey, ''], [packKey, '\uffff']).delete();
    await db.packs.delete(packKey);
  });
}
