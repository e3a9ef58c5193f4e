import type { LookupRequest } from '../messaging-schemas';
import { mergePaper, type MergeOptions } from '../paper/merge';
import { paperInfo, type LookupResponse } from '../paper/paper-info';
import type { LensDB } from '../db/db';
import { readPaperRecords } from '../db/paper-records';

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
