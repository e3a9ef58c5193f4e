import type { LensDB, PaperRecord } from '../db/db';
import { recordsWithIds } from '../db/paper-records';
import type { UserSide } from './reading-view';

/** The papers the popup shows before the whole list is read. */
export interface FirstScreen {
  user: UserSide;
  packs: Map<string, PaperRecord[]>;
}

/**
 * The first `size` papers of the list in its first order (newest added first, then by id), read
 * through the `addedAt` index, with only their own tags, notes and records: the first screen needs
 * a dozen papers, and counting or reading the whole list first made the popup wait for all of them
 * (IndexedDB counts a store by walking it). How many there are comes with the whole list.
 */
export async function loadFirstScreen(db: LensDB, size: number): Promise<FirstScreen> {
  return db.transaction('r', [db.readingList, db.userTags, db.notes, db.papers, db.packChunks], async () => {
    const newest = await db.readingList.orderBy('addedAt').reverse().limit(size).toArray();
    let entries = newest;
    const last = newest[size - 1];
    if (last) {
      // Papers added at the same moment (an import) come from the index in reverse id order: take
      // that moment's first ones instead. The index orders ids by code unit, the list by
      // localeCompare; for arXiv ids (digits, ".", "-", "/", lowercase archives) the two agree.
      const above = newest.filter((e) => e.addedAt > last.addedAt);
      entries = [
        ...above,
        ...(await db.readingList
          .where('addedAt')
          .equals(last.addedAt)
          .limit(size - above.length)
          .toArray()),
      ];
    }
    const ids = entries.map((e) => e.id);
    // Their tags and notes by one walk of each table that steps only to the rows there are (a
    // read by key would take a request, and a task, per paper), and their records in one read of
    // the papers and of their packs' chunks (a dozen papers fall in a few).
    const [tagged, notes, records] = await Promise.all([
      db.userTags.where(':id').anyOf(ids).toArray(),
      db.notes.where(':id').anyOf(ids).toArray(),
      recordsWithIds(db, ids),
    ]);
    const packs = new Map<string, PaperRecord[]>(ids.map((id) => [id, []]));
    for (const record of records) packs.get(record.id!)?.push(record);
    return {
      user: { entries, tags: new Map(tagged.map((row) => [row.paperId, row.tags])), notes: new Map(notes.map((row) => [row.paperId, row.text])) },
      packs,
    };
  });
}
