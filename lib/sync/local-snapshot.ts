import type { LensDB, Note, ReadingEntry, Tombstone, UserTags } from '../db/db';
import { readUserTables } from '../user-data/user-tables';
import { type SyncRecord, type SyncSnapshot, savedPart, syncRecord } from './model';

/** The tables sync reads and writes, for one transaction over all of them. */
export const userDataTables = (db: LensDB) => [db.readingList, db.userTags, db.notes, db.tombstones];

/** This browser's reading list, tombstones, tags and notes as sync records, one per paper. */
export async function readLocalSnapshot(db: LensDB): Promise<Map<string, SyncRecord>> {
  const { saved, removed, tagged, notes } = await readUserTables(db, ['saved', 'removed', 'tagged', 'notes']);
  const parts = new Map<string, Omit<SyncRecord, 'id'>>();
  const partsOf = (id: string) => {
    let found = parts.get(id);
    if (!found) parts.set(id, (found = {}));
    return found;
  };
  for (const entry of saved.values()) partsOf(entry.id).saved = savedPart(entry.addedAt, entry.state, entry.updatedAt, entry.title);
  for (const tombstone of removed.values()) partsOf(tombstone.id).removedAt = tombstone.deletedAt;
  for (const row of tagged.values()) partsOf(row.paperId).tags = { list: row.tags, updatedAt: row.updatedAt };
  for (const note of notes.values()) partsOf(note.paperId).note = { text: note.text, updatedAt: note.updatedAt };
  return new Map([...parts].map(([id, part]) => [id, syncRecord(id, part)]));
}

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Writes the merged records of the given papers, touching only the parts that changed. Call inside a transaction over `userDataTables`. */
export async function applyLocalChanges(db: LensDB, local: SyncSnapshot, merged: SyncSnapshot, ids: readonly string[]): Promise<void> {
  const put = { readingList: [] as ReadingEntry[], tombstones: [] as Tombstone[], userTags: [] as UserTags[], notes: [] as Note[] };
  const drop = { readingList: [] as string[], tombstones: [] as string[], userTags: [] as string[], notes: [] as string[] };
  for (const id of ids) {
    const before = local.get(id);
    const after = merged.get(id);
    if (differs(before?.saved, after?.saved)) {
      if (after?.saved) put.readingList.push({ id, ...after.saved });
      else drop.readingList.push(id);
    }
    if (before?.removedAt !== after?.removedAt) {
      if (after?.removedAt !== undefined) put.tombstones.push({ id, deletedAt: after.removedAt });
      else drop.tombstones.push(id);
    }
    if (differs(before?.tags, after?.tags)) {
      if (after?.tags) put.userTags.push({ paperId: id, tags: after.tags.list, updatedAt: after.tags.updatedAt });
      else drop.userTags.push(id);
    }
    if (differs(before?.note, after?.note)) {
      if (after?.note) put.notes.push({ paperId: id, text: after.note.text, updatedAt: after.note.updatedAt });
      else drop.notes.push(id);
    }
  }
  // What sync does not carry (the version a paper was saved at) stays as this browser had it.
  const existing = await db.readingList.bulkGet(put.readingList.map((entry) => entry.id));
  put.readingList.forEach((entry, i) => {
    const version = existing[i]?.version;
    if (version !== undefined) entry.version = version;
  });
  await Promise.all([
    db.readingList.bulkDelete(drop.readingList),
    db.tombstones.bulkDelete(drop.tombstones),
    db.userTags.bulkDelete(drop.userTags),
    db.notes.bulkDelete(drop.notes),
    db.readingList.bulkPut(put.readingList),
    db.tombstones.bulkPut(put.tombstones),
    db.userTags.bulkPut(put.userTags),
    db.notes.bulkPut(put.notes),
  ]);
}
