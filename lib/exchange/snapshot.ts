import { shownSummaries } from '../paper/best-summary';
import { mergePaper } from '../paper/merge';
import type { LensDB } from '../db/db';
import { readPaperRecords } from '../db/paper-records';
import { readUserTables } from '../user-data/user-tables';
import type { UserPaper } from './types';

/**
 * The user's papers as every export format takes them: the reading list, and any other paper the
 * user tagged or wrote a note on. Titles come from the reading list, else from what packs and
 * sources know (`mergePaper`), which also gives authors, dates, categories, DOI, journal reference
 * and summaries (best first; a paper with none but a known abstract gets its key sentence, as on
 * the page). Sorted by id, so the same data always gives the same file.
 */
export async function readSnapshot(db: LensDB, ids?: string[]): Promise<UserPaper[]> {
  return db.transaction('r', [db.readingList, db.userTags, db.notes, db.papers, db.packChunks, db.abstracts], async () => {
    const { saved: entriesById, tagged, notes } = await readUserTables(db, ['saved', 'tagged', 'notes'], ids);
    const tagsById = new Map([...tagged].filter(([, row]) => row.tags.length > 0));
    // An emptied note or tag list is kept in the database only to date the removal for sync.
    const notesById = new Map([...notes].filter(([, row]) => row.text.trim()));
    const paperIds = [...new Set([...entriesById.keys(), ...tagsById.keys(), ...notesById.keys()])].sort(byCodePoint);
    const records = await readPaperRecords(db, paperIds);
    // What a title-only list fetched of a paper, for one no record gives an abstract.
    const fetched = new Map((await db.abstracts.bulkGet(paperIds)).flatMap((row) => (row?.text ? [[row.id, row.text] as const] : [])));

    return paperIds.map((id): UserPaper => {
      const entry = entriesById.get(id);
      const tags = tagsById.get(id);
      const note = notesById.get(id);
      const known = mergePaper(id, records.get(id)!);
      const title = entry?.title ?? known.title;
      const summaries = shownSummaries(known.summaries, () => known.abstract ?? fetched.get(id), title);
      return {
        id,
        ...(title ? { title } : {}),
        ...(known.authors ? { authors: known.authors } : {}),
        ...(known.published ? { published: known.published } : {}),
        ...(known.updated ? { updated: known.updated } : {}),
        ...(known.version ? { version: known.version } : {}),
        ...(known.categories ? { primaryClass: known.categories[0] } : {}),
        ...(known.doi ? { doi: known.doi } : {}),
        ...(known.journalRef ? { journalRef: known.journalRef } : {}),
        ...(known.comment ? { comment: known.comment } : {}),
        ...(entry ? { saved: { state: entry.state, addedAt: entry.addedAt, updatedAt: entry.updatedAt } } : {}),
        tags: tags?.tags ?? [],
        ...(tags ? { tagsUpdatedAt: tags.updatedAt } : {}),
        ...(note ? { note: { text: note.text, updatedAt: note.updatedAt } } : {}),
        ...(summaries.length > 0 ? { summaries } : {}),
      };
    });
  });
}

/** Not localeCompare: the order of a file must not depend on the browser's language. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
