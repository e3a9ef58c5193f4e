import { normalizeTitle } from '../pack/normalize';
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

/** Of the records that share a page's title, those that count as its paper: a record with an id that differs is another paper. */
export function titleMatches(records: readonly PaperRecord[]): PaperRecord[] {
  return records.filter((record) => record.id === null);
}

/** Every record of each paper, by id: pack and source papers by id, and pack papers known only by the title the page shows. */
export async function readPaperRecords(db: LensDB, ids: readonly string[], titles: Record<string, string> = {}): Promise<Map<string, PaperRecord[]>> {
  const titleKeys = new Map<string, string>();
  for (const id of ids) {
    const key = titles[id] ? normalizeTitle(titles[id]) : '';
    if (key) titleKeys.set(key, id);
  }
  const [byId, byTitle] = await Promise.all([recordsWithIds(db, ids), recordsWithTitleKeys(db, [...titleKeys.keys()])]);
  const records = new Map<string, PaperRecord[]>(ids.map((id) => [id, []]));
  for (const record of byId) records.get(record.id!)?.push(record);
  for (const record of titleMatches(byTitle)) records.get(titleKeys.get(record.titleKey!)!)?.push(record);
  return records;
}
