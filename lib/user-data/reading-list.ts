import type { ReadingState } from '../paper/reading-states';
import { editDate } from '../sync/edit-dates';
import { returnDate, tombstoneFor } from './tombstones';
import type { LensDB, ReadingEntry } from '../db/db';

/** Adds a paper to the reading list (to read), or leaves an existing entry and its state as they are. */
export async function savePaper(db: LensDB, id: string, title: string | undefined, now = Date.now(), version?: number): Promise<ReadingEntry> {
  return db.transaction('rw', db.readingList, db.tombstones, async () => {
    const existing = await db.readingList.get(id);
    if (existing) {
      if (title && !existing.title) await db.readingList.update(id, { title });
      return { ...existing, title: existing.title ?? title };
    }
    const updatedAt = returnDate(now, await db.tombstones.get(id));
    const entry: ReadingEntry = { id, addedAt: now, updatedAt, state: 'to-read', ...(title ? { title } : {}), ...(version ? { version } : {}) };
    await db.readingList.add(entry);
    await db.tombstones.delete(id);
    return entry;
  });
}

/** Removes a paper from the reading list; its tags and note stay, as the user wrote them. */
export async function unsavePaper(db: LensDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.readingList, db.tombstones, async () => {
    const entry = await db.readingList.get(id);
    if (!entry) return;
    await db.readingList.delete(id);
    await db.tombstones.put(tombstoneFor(entry, now));
  });
}

export async function setReadingState(db: LensDB, id: string, state: ReadingState, now = Date.now()): Promise<void> {
  const updated = await db.readingList
    .where(':id')
    .equals(id)
    .modify((entry) => {
      entry.updatedAt = editDate(now, entry.updatedAt);
      entry.state = state;
    });
  if (!updated) throw new Error(`${id} is not in the reading list`);
}

/**
 * Puts back an entry as it was (undo of a removal), lifting the tombstone the removal left. It is
 * dated now: to sync, the undo is newer than the removal it undoes.
 */
export async function restoreEntry(db: LensDB, entry: ReadingEntry, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.readingList, db.tombstones, async () => {
    await db.readingList.put({ ...entry, updatedAt: returnDate(now, await db.tombstones.get(entry.id), entry.updatedAt) });
    await db.tombstones.delete(entry.id);
  });
}
