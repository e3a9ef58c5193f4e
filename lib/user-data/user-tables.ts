import type { Table } from 'dexie';
import type { Dismissal, LensDB, Note, ReadingEntry, Tombstone, UserTags } from '../db/db';

/** The user's own tables, each by paper id. */
export interface UserTables {
  saved: Map<string, ReadingEntry>;
  tagged: Map<string, UserTags>;
  notes: Map<string, Note>;
  dismissed: Map<string, Dismissal>;
  /** The tombstones removals from the reading list left (`tombstones.ts`). */
  removed: Map<string, Tombstone>;
}

/** A table's rows, all of them or those of these papers. */
async function rowsOf<T, I>(table: Table<T, string, I>, ids: readonly string[] | undefined): Promise<T[]> {
  if (!ids) return table.toArray();
  return (await table.bulkGet([...ids])).filter((row): row is T => row !== undefined);
}

const byId = <T>(rows: T[], idOf: (row: T) => string) => new Map(rows.map((row) => [idOf(row), row] as const));

type Ids = readonly string[] | undefined;

const READERS: { [K in keyof UserTables]: (db: LensDB, ids: Ids) => Promise<UserTables[K]> } = {
  saved: (db, ids) => rowsOf(db.readingList, ids).then((rows) => byId(rows, (row) => row.id)),
  tagged: (db, ids) => rowsOf(db.userTags, ids).then((rows) => byId(rows, (row) => row.paperId)),
  notes: (db, ids) => rowsOf(db.notes, ids).then((rows) => byId(rows, (row) => row.paperId)),
  dismissed: (db, ids) => rowsOf(db.dismissed, ids).then((rows) => byId(rows, (row) => row.id)),
  removed: (db, ids) => rowsOf(db.tombstones, ids).then((rows) => byId(rows, (row) => row.id)),
};

/**
 * The user's tables that a reader needs, each read whole (they are small: one request each) and
 * keyed by paper, in id order; with `ids`, only those papers' rows. Call it inside a transaction
 * over them to read them as one.
 */
export async function readUserTables<K extends keyof UserTables>(
  db: LensDB,
  parts: readonly K[],
  ids?: readonly string[],
): Promise<Pick<UserTables, K>> {
  const read = await Promise.all(parts.map((part) => READERS[part](db, ids)));
  // Each part was read by its own reader, so the entries are the parts' types.
  return Object.fromEntries(parts.map((part, i) => [part, read[i]])) as unknown as Pick<UserTables, K>;
}

/** Each paper's own tags, from its row. */
export function tagLists(tagged: ReadonlyMap<string, UserTags>): Map<string, string[]> {
  return new Map([...tagged].map(([id, row]) => [id, row.tags]));
}

/** Each paper's note text, from its row. */
export function noteTexts(notes: ReadonlyMap<string, Note>): Map<string, string> {
  return new Map([...notes].map(([id, row]) => [id, row.text]));
}
