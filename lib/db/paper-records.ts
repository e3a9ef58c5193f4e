import type { LensDB, PaperRecord } from './db';
import { bucketOfId, bucketOfTitle, chunkRecords } from './pack-chunks';

/**
 * Every record whose `field` is one of `values`: sources' and pages' through that field's index on
 * `papers`, packs' from the chunks of the values' buckets.
 */
async function recordsWhere(
  db: LensDB,
  field: 'id' | 'titleKey',
  values: readonly string[],
  bucketOf: (value: string) => string,
): Promise<PaperRecord[]> {
  if (values.length === 0) return [];
  const wanted = new Set(values);
  const [own, chunks] = await Promise.all([
    db.papers
      .where(field)
      .anyOf([...wanted])
      .toArray(),
    db.packChunks
      .where('bucket')
      .anyOf([...new Set(values.map(bucketOf))])
      .toArray(),
  ]);
  return [...own, ...chunks.flatMap((chunk) => chunkRecords(chunk, (record) => record[field] !== null && wanted.has(record[field])))];
}

/** Every record of these ids, wherever it is held. */
export function recordsWithIds(db: LensDB, ids: readonly string[]): Promise<PaperRecord[]> {
  return recordsWhere(db, 'id', ids, bucketOfId);
}

/** Every record with one of these normalized titles, wherever it is held. */
export function recordsWithTitleKeys(db: LensDB, titleKeys: readonly string[]): Promise<PaperRecord[]> {
  return recordsWhere(db, 'titleKey', titleKeys, bucketOfTitle);
}
