import type { LookupRequest } from '../messaging-schemas';
import { normalizeTitle } from '../pack/normalize';
import { mergePaper, type MergeOptions } from '../paper/merge';
import { paperInfo, type LookupResponse } from '../paper/paper-info';
import type { LensDB, PaperRecord } from '../db/db';
import { recordsWithIds, recordsWithTitleKeys } from '../db/paper-records';

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
  // A title match counts only for pack papers with no id: an id that differs means another paper.
  for (const record of byTitle) if (record.id === null) records.get(titleKeys.get(record.titleKey!)!)?.push(record);
  return records;
}

/**
 * Everything the extension knows of the papers on one page, in one pass over the indexes:
 * pack and source papers by id and by normalized title, reading-list entries and user tags by id.
 */
export async function lookup(db: LensDB, { ids, titles }: LookupRequest, options: MergeOptions = {}): Promise<LookupResponse> {
  const unique = [...new Set(ids)];
  return db.transaction('r', db.papers, db.packChunks, db.readingList, db.userTags, async () => {
    const [records, saved, tags] = await Promise.all([
      readPaperRecords(db, unique, titles),
      db.readingList.bulkGet(unique),
      db.userTags.bulkGet(unique),
    ]);
    const response: LookupResponse = {};
    unique.forEach((id, i) => {
      response[id] = paperInfo(mergePaper(id, records.get(id)!, options), tags[i]?.tags, saved[i]);
    });
    return response;
  });
}
