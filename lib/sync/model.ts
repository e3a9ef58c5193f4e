import type { ReadingState } from '../paper/reading-states';

/**
 * What sync knows about one paper. Each part carries its own date and is settled on its own
 * (last writer wins per part, not per paper), so a tag added on one browser and a state changed
 * on another, at about the same time, both survive: a whole-paper rule would drop one of them.
 *
 * Membership is one part with two forms: `saved` (on the reading list) or `removedAt` (a
 * tombstone). A record holds at most one of them once merged.
 */
export interface SavedPart {
  addedAt: number;
  state: ReadingState;
  updatedAt: number;
  title?: string;
}

export interface TagsPart {
  /** An empty list is a removal of every tag, dated, and beats older tags from elsewhere. */
  list: string[];
  updatedAt: number;
}

export interface NotePart {
  /** An empty text is a cleared note, dated, and beats older text from elsewhere. */
  text: string;
  updatedAt: number;
}

export interface SyncRecord {
  id: string;
  saved?: SavedPart;
  removedAt?: number;
  tags?: TagsPart;
  note?: NotePart;
}

export type SyncSnapshot = ReadonlyMap<string, SyncRecord>;

/**
 * Titles travel only as a label for the reading list on the other browser (packs and the page
 * give the full one back); 80 characters keep a list readable while costing at most about a
 * hundred bytes a paper, which is most of what a paper costs in the 100 KB sync area.
 */
export const SYNC_TITLE_MAX_CHARS = 80;

/** The sync area stores seconds: every comparison is made at that precision so both sides agree. */
export function toSyncTime(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** The title as the sync area keeps it; counted in code points so no character is cut in half. */
export function toSyncTitle(title: string): string {
  const chars = [...title.trim()];
  return chars.length <= SYNC_TITLE_MAX_CHARS ? chars.join('') : `${chars.slice(0, SYNC_TITLE_MAX_CHARS - 1).join('')}…`;
}

export function savedPart(addedAt: number, state: ReadingState, updatedAt: number, title?: string): SavedPart {
  return title ? { addedAt, state, updatedAt, title } : { addedAt, state, updatedAt };
}

/** Builds a record with its parts always in the same order, so records compare by their JSON. */
export function syncRecord(id: string, parts: Omit<SyncRecord, 'id'>): SyncRecord {
  const record: SyncRecord = { id };
  if (parts.saved) record.saved = parts.saved;
  if (parts.removedAt !== undefined) record.removedAt = parts.removedAt;
  if (parts.tags) record.tags = parts.tags;
  if (parts.note) record.note = parts.note;
  return record;
}

/** The record as it comes back from the sync area: dates in whole seconds, the title shortened. */
export function toSyncPrecision(record: SyncRecord): SyncRecord {
  const { saved, removedAt, tags, note } = record;
  return syncRecord(record.id, {
    saved: saved && savedPart(toSyncTime(saved.addedAt), saved.state, toSyncTime(saved.updatedAt), saved.title && toSyncTitle(saved.title)),
    removedAt: removedAt === undefined ? undefined : toSyncTime(removedAt),
    tags: tags && { list: tags.list, updatedAt: toSyncTime(tags.updatedAt) },
    note: note && { text: note.text, updatedAt: toSyncTime(note.updatedAt) },
  });
}

export function isEmptyRecord(record: SyncRecord): boolean {
  return !record.saved && record.removedAt === undefined && !record.tags && !record.note;
}

export function sameRecord(a: SyncRecord | undefined, b: SyncRecord | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
