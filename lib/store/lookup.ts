import { normalizeTitle } from '../pack/normalize';
import type { LookupRequest, LookupResponse, PaperInfo } from '../messaging-schemas';
import type { Summary } from '../pack/schema';
import type { LensDB, PaperRecord, ReadingEntry } from './db';

/**
 * Everything the extension knows of the papers on one page, in one pass over the indexes:
 * pack papers by id and by normalized title, reading-list entries and user tags by id.
 */
export async function lookup(db: LensDB, { ids, titles }: LookupRequest): Promise<LookupResponse> {
  const unique = [...new Set(ids)];
  const titleKeys = new Map<string, string>();
  for (const id of unique) {
    const title = titles[id];
    const key = title ? normalizeTitle(title) : '';
    if (key) titleKeys.set(key, id);
  }
  return db.transaction('r', db.papers, db.readingList, db.userTags, async () => {
    const [byId, byTitle, saved, tags] = await Promise.all([
      db.papers.where('id').anyOf(unique).toArray(),
      titleKeys.size ? db.papers.where('titleKey').anyOf([...titleKeys.keys()]).toArray() : [],
      db.readingList.bulkGet(unique),
      db.userTags.bulkGet(unique),
    ]);
    const records = new Map<string, PaperRecord[]>();
    const add = (id: string, record: PaperRecord) => records.set(id, [...(records.get(id) ?? []), record]);
    for (const record of byId) add(record.id!, record);
    // A title match counts only for pack papers with no id: an id that differs means another paper.
    for (const record of byTitle) if (record.id === null) add(titleKeys.get(record.titleKey!)!, record);

    const response: LookupResponse = {};
    unique.forEach((id, i) => {
      response[id] = paperInfo(records.get(id) ?? [], tags[i]?.tags, saved[i]);
    });
    return response;
  });
}

/** What a page shows of a paper: what every pack says of it, the user's tags, whether it is saved. */
export function paperInfo(records: PaperRecord[], userTags: string[] | undefined, entry: ReadingEntry | undefined): PaperInfo {
  return {
    ...mergeRecords(records),
    userTags: userTags ?? [],
    saved: entry ? { state: entry.state, addedAt: entry.addedAt } : null,
  };
}

/** One paper from every pack that knows it: all summaries (each once), all tags (each once). */
function mergeRecords(records: PaperRecord[]): Pick<PaperInfo, 'summaries' | 'curatedTags'> {
  const summaries: Summary[] = [];
  const seen = new Set<string>();
  const tags = new Set<string>();
  for (const record of records) {
    for (const summary of record.summaries) {
      const key = `${summary.source}\u0000${summary.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      summaries.push(summary);
    }
    record.tags.forEach((t) => tags.add(t));
  }
  return { summaries, curatedTags: [...tags] };
}
