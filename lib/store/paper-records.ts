import type { LensDB, PaperRecord } from './db';
import { bucketOfId, bucketOfTitle, chunkRecords } from './pack-chunks';

/** Every record of these ids: sources' and pages' through the `id` index, packs' from the chunks of the ids' buckets. */
export async function recordsWithIds(db: LensDB, ids: readonly string[]): Promise<PaperRecord[]> {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const [own, chunks] = await Promise.all([
    db.papers
      .where('id')
      .anyOf([...wanted])
      .toArray(),
    db.packChunks
      .where('bucket')
      .anyOf([...new Set(ids.map(bucketOfId))])
      .toArray(),
  ]);
  return [...own, ...chunks.flatMap((chunk) => chunkRecords(chunk, (record) => record.id !== null && wanted.has(record.id)))];
}

/** Every record with one of these normalized titles, wherever it is held. */
export async function recordsWithTitleKeys(db: LensDB, titleKeys: readonly string[]): Promise<PaperRecord[]> {
  if (titleKeys.length === 0) return [];
  const wanted = new Set(titleKeys);
  const [own, chunks] = await Promise.all([
    db.papers
      .where('titleKey')
      .anyOf([...wanted])
      .toArray(),
    db.packChunks
      .where('bucket')
      .anyOf([...new Set(titleKeys.map(bucketOfTitle))])
      .toArray(),
  ]);
  return [...own, ...chunks.flatMap((chunk) => chunkRecords(chunk, (record) => record.titleKey !== null && wanted.has(record.titleKey)))];
}
