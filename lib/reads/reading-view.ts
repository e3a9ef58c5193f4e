import { mergePaper, type MergeOptions } from '../paper/merge';
import type { KnownPaper } from '../paper/known-paper';
import type { ReadingItem } from '../paper/reading-item';
import type { LensDB, PaperRecord, ReadingEntry } from '../db/db';
import { readPaperRecords } from '../db/paper-records';
import { noteTexts, readUserTables, tagLists } from '../user-data/user-tables';

/** The user's side of the list: small tables, each read whole in one request. */
export interface UserSide {
  entries: ReadingEntry[];
  tags: Map<string, string[]>;
  notes: Map<string, string>;
}

export async function loadUserSide(db: LensDB): Promise<UserSide> {
  return db.transaction('r', db.readingList, db.userTags, db.notes, async () => {
    const { saved, tagged, notes } = await readUserTables(db, ['saved', 'tagged', 'notes']);
    return { entries: [...saved.values()], tags: tagLists(tagged), notes: noteTexts(notes) };
  });
}

/**
 * What packs and sources say of the listed papers. Slower than the user's side with thousands of
 * papers (one index step each), so the popup shows the list first and fills this in.
 */
export async function loadPackSide(db: LensDB, ids: string[]): Promise<Map<string, PaperRecord[]>> {
  return readPaperRecords(db, ids);
}

/** The list as the popup shows it; without the pack side yet, papers show their own title or id. */
export function joinReadingItems(user: UserSide, packs: Map<string, PaperRecord[]> | undefined, options: MergeOptions = {}): ReadingItem[] {
  return user.entries.map((entry) => {
    const known = mergePaper(entry.id, packs?.get(entry.id) ?? [], options);
    return {
      id: entry.id,
      title: entry.title ?? known.title ?? entry.id,
      addedAt: entry.addedAt,
      updatedAt: entry.updatedAt,
      state: entry.state,
      published: known.published,
      userTags: user.tags.get(entry.id) ?? [],
      curatedTags: known.curatedTags,
      note: user.notes.get(entry.id) ?? '',
      summaries: known.summaries,
      ...(known.version && entry.version && known.version > entry.version ? { newerVersion: known.version } : {}),
    };
  });
}

/** A paper as packs and sources know it, for the popup's current tab and the note page, saved or not. */
export async function loadKnownPaper(db: LensDB, id: string, options: MergeOptions = {}): Promise<KnownPaper> {
  return mergePaper(id, (await readPaperRecords(db, [id])).get(id)!, options);
}
