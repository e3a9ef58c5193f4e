import type { LensDB, PaperRecord } from '../db/db';
import { recordsWithIds } from '../db/paper-records';
import type { UserSide } from './reading-view';
import { noteTexts, readUserTables, tagLists } from '../user-data/user-tables';

/** The papers the popup shows before the whole list is read, and how many there are in all. */
export interface FirstScreen {
  user: UserSide;
  packs: Map<string, PaperRecord[]>;
  total: number;
}

/**
 * The first `size` papers of the list in its first order (newest added first, then by id), read
 * through the `addedAt` index: reading all 5,000 entries and their pack records took most of the
 * popup's first render, and the first screen needs a dozen.
 */
export async function loadFirstScreen(db: LensDB, size: number): Promise<FirstScreen> {
  return db.transaction('r', [db.readingList, db.userTags, db.notes, db.papers, db.packChunks], async () => {
    const [total, newest, { tagged, notes }] = await Promise.all([
      db.readingList.count(),
      db.readingList.orderBy('addedAt').reverse().limit(size).toArray(),
      readUserTables(db, ['tagged', 'notes']),
    ]);
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
    // Their records in one read of the papers and of their packs' chunks (a dozen papers fall in a few).
    const packs = new Map<string, PaperRecord[]>(entries.map((e) => [e.id, []]));
    for (const record of await recordsWithIds(
      db,
      entries.map((e) => e.id),
    ))
      packs.get(record.id!)?.push(record);
    return {
      user: { entries, tags: tagLists(tagged), notes: noteTexts(notes) },
      packs,
      total,
    };
  });
}
