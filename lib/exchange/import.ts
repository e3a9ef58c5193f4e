import { IMPORT_LIMITS } from '../paper/limits';
import type { LensDB, Note, ReadingEntry, UserTags } from '../db/db';
import { detectImportFormat } from './formats';
import { mergeImportedPaper, type PaperRows } from './merge-imported';
import { ImportError, type ImportFormat, type ParsedImport, type Rejected } from './types';
import { validatePapers } from './validate';

export interface ImportReport {
  /** Papers the database did not hold. */
  added: number;
  /** Papers it held, and that the import changed. */
  merged: number;
  /** Papers it held, and that the import left as they were. */
  unchanged: number;
  /** Dates the file put in the future, brought back to now (see `clampDate`). */
  clamped: number;
  rejected: Rejected[];
}

/**
 * Writes what a file brought, in one transaction: either every valid record lands or nothing does.
 * Each record is checked first; a bad one is reported and the others go on.
 */
export async function importPapers(db: LensDB, parsed: ParsedImport, now: Date): Promise<ImportReport> {
  const { papers, rejected } = validatePapers(parsed.papers, (index) => `record ${index + 1}`);
  const report: ImportReport = { added: 0, merged: 0, unchanged: 0, clamped: 0, rejected: [...parsed.rejected, ...rejected] };
  const ids = [...new Set(papers.map((paper) => paper.id))];

  await db.transaction('rw', db.readingList, db.userTags, db.notes, db.tombstones, async () => {
    const [entries, tags, notes, tombstones] = await Promise.all([
      db.readingList.bulkGet(ids),
      db.userTags.bulkGet(ids),
      db.notes.bulkGet(ids),
      db.tombstones.bulkGet(ids),
    ]);
    const before = new Map<string, PaperRows>(
      ids.map((id, i) => [id, { entry: entries[i], tags: tags[i], note: notes[i], tombstone: tombstones[i] }]),
    );
    // The same paper twice in one file folds into one result, counted once.
    const after = new Map(before);
    for (const paper of papers) {
      const { rows, problems, clamped } = mergeImportedPaper(after.get(paper.id)!, paper, now);
      after.set(paper.id, rows);
      report.clamped += clamped;
      report.rejected.push(...problems.map((reason) => ({ record: paper.id, reason })));
    }

    const entryWrites: ReadingEntry[] = [];
    const tagWrites: UserTags[] = [];
    const noteWrites: Note[] = [];
    const lifted: string[] = [];
    for (const id of ids) {
      const old = before.get(id)!;
      const rows = after.get(id)!;
      if (rows.entry && rows.entry !== old.entry) entryWrites.push(rows.entry);
      if (rows.tags && rows.tags !== old.tags) tagWrites.push(rows.tags);
      if (rows.note && rows.note !== old.note) noteWrites.push(rows.note);
      if (old.tombstone && !rows.tombstone) lifted.push(id);
      const changed = rows.entry !== old.entry || rows.tags !== old.tags || rows.note !== old.note;
      if (!old.entry && !old.tags && !old.note) report.added += changed ? 1 : 0;
      else if (changed) report.merged++;
      else report.unchanged++;
    }
    await db.readingList.bulkPut(entryWrites);
    await db.userTags.bulkPut(tagWrites);
    await db.notes.bulkPut(noteWrites);
    await db.tombstones.bulkDelete(lifted);
  });
  return report;
}

const MB = 1024 * 1024;

function tooLarge(bytes: number): ImportError {
  const size = bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return new ImportError(`This file is ${size}; arXiv Lens imports files of up to ${IMPORT_LIMITS.fileBytes / MB} MB.`);
}

/** The text of a file the user picked; one over the size limit is refused before it is read. */
export async function readImportFile(file: Blob): Promise<string> {
  if (file.size > IMPORT_LIMITS.fileBytes) throw tooLarge(file.size);
  return file.text();
}

/** What an import did, and the format the file was read as. */
export type ImportSummary = ImportReport & { format: ImportFormat['id'] };

/**
 * Reads a file of any format arXiv Lens knows and imports it; a foreign, damaged or oversized file
 * is an ImportError, and nothing is written.
 */
export async function importUserData(db: LensDB, text: string, now: Date): Promise<ImportSummary> {
  // Each UTF-16 unit is at least one byte of the file it came from.
  if (text.length > IMPORT_LIMITS.fileBytes) throw tooLarge(text.length);
  const format = detectImportFormat(text);
  const report = await importPapers(db, format.parse(text), now);
  return { format: format.id, ...report };
}
