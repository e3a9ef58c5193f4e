import type { Note, ReadingEntry, Tombstone, UserTags } from '../db/db';
import { PAPER_LIMITS } from '../paper/limits';
import { returnDate } from '../user-data/tombstones';
import { cleanUserTag } from '../user-data/user-tags';
import { clampDate, editDate } from '../sync/edit-dates';
import type { UserPaper } from './types';

/** What the database holds of one paper. */
export interface PaperRows {
  entry?: ReadingEntry;
  tags?: UserTags;
  note?: Note;
  tombstone?: Tombstone;
}

/**
 * Folds one imported paper into what the database holds, never losing what is there: a row that
 * does not change is returned as the same object, so the caller can tell what to write.
 * Changes to existing rows are dated `now` (or just after the row's own date, when that lies
 * ahead), so sync sees them as the newest; new rows keep the dates the file gives, each clamped to
 * `now` and its slack (`clamped` counts the dates that were). `problems` are what could not be
 * taken, in words for the user.
 */
export function mergeImportedPaper(rows: PaperRows, imported: UserPaper, now: Date): { rows: PaperRows; problems: string[]; clamped: number } {
  const problems: string[] = [];
  const at = now.getTime();
  const { paper, clamped } = clampDates(imported, at);
  const merged: PaperRows = {
    entry: mergeEntry(rows.entry, paper, at, rows.tombstone),
    tags: mergeTags(rows.tags, paper, at, problems),
    note: mergeNote(rows.note, paper, now, problems),
    // Importing a paper to the reading list is the user asking for it back.
    tombstone: paper.saved ? undefined : rows.tombstone,
  };
  return { rows: merged, problems, clamped };
}

/** A file may date anything up to the year 275760; a date it puts in the future would outrank every later edit. */
function clampDates(paper: UserPaper, at: number): { paper: UserPaper; clamped: number } {
  let clamped = 0;
  const clamp = <T extends number | undefined>(ms: T): T => {
    if (ms === undefined) return ms;
    const kept = clampDate(ms, at);
    if (kept !== ms) clamped++;
    return kept as T;
  };
  const { saved, note } = paper;
  const dated: UserPaper = {
    ...paper,
    ...(saved ? { saved: { ...saved, addedAt: clamp(saved.addedAt), updatedAt: clamp(saved.updatedAt) } } : {}),
    ...(paper.tagsUpdatedAt !== undefined ? { tagsUpdatedAt: clamp(paper.tagsUpdatedAt) } : {}),
    ...(note ? { note: { ...note, updatedAt: clamp(note.updatedAt) } } : {}),
  };
  return { paper: dated, clamped };
}

/**
 * The state is taken only from a newer entry; the earlier date added and a missing title are always
 * taken. A paper removed here comes back dated after its removal, so sync keeps it back.
 */
function mergeEntry(existing: ReadingEntry | undefined, paper: UserPaper, at: number, tombstone: Tombstone | undefined): ReadingEntry | undefined {
  const { saved, title } = paper;
  if (!existing) {
    if (!saved) return undefined;
    const updatedAt = Math.max(saved.updatedAt ?? at, tombstone ? returnDate(at, tombstone) : 0);
    return { id: paper.id, ...(title ? { title } : {}), addedAt: saved.addedAt ?? at, state: saved.state, updatedAt };
  }
  const newer = saved?.updatedAt !== undefined && saved.updatedAt > existing.updatedAt;
  const next: ReadingEntry = {
    ...existing,
    ...(newer ? { state: saved.state, updatedAt: saved.updatedAt } : {}),
    addedAt: Math.min(existing.addedAt, saved?.addedAt ?? existing.addedAt),
    ...(!existing.title && title ? { title } : {}),
  };
  const changed =
    next.state !== existing.state || next.updatedAt !== existing.updatedAt || next.addedAt !== existing.addedAt || next.title !== existing.title;
  return changed ? next : existing;
}

function mergeTags(existing: UserTags | undefined, paper: UserPaper, at: number, problems: string[]): UserTags | undefined {
  const current = existing?.tags ?? [];
  const added: string[] = [];
  for (const tag of paper.tags) {
    const clean = cleanUserTag(tag);
    if (!clean) problems.push(`tag ${quote(tag)} left out: empty or longer than ${PAPER_LIMITS.tagChars} characters`);
    else if (!current.includes(clean) && !added.includes(clean)) added.push(clean);
  }
  if (added.length === 0) return existing;
  return { paperId: paper.id, tags: [...current, ...added], updatedAt: existing ? editDate(at, existing.updatedAt) : (paper.tagsUpdatedAt ?? at) };
}

/**
 * Two different notes are both kept, the imported one under a dated separator; a note already
 * contained in the other is not repeated.
 */
function mergeNote(existing: Note | undefined, paper: UserPaper, now: Date, problems: string[]): Note | undefined {
  const text = paper.note?.text;
  if (!text?.trim()) return existing;
  const at = now.getTime();
  if (!existing) return { paperId: paper.id, text, updatedAt: paper.note?.updatedAt ?? at };
  if (existing.text.includes(text)) return existing;
  const edited = editDate(at, existing.updatedAt);
  if (text.includes(existing.text)) return { paperId: paper.id, text, updatedAt: edited };
  const joined = `${existing.text}\n\n--- imported ${now.toISOString().slice(0, 10)} ---\n${text}`;
  if (joined.length > PAPER_LIMITS.noteChars) {
    problems.push(`note left out: with the note already there it would pass ${PAPER_LIMITS.noteChars} characters; the existing note is kept`);
    return existing;
  }
  return { paperId: paper.id, text: joined, updatedAt: edited };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
