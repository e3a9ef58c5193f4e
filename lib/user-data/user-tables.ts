import type { Dismissal, LensDB, Note, ReadingEntry, UserTags } from '../db/db';

/** The user's own tables, each by paper id. */
export interface UserTables {
  saved: Map<string, ReadingEntry>;
  tagged: Map<string, UserTags>;
  notes: Map<string, Note>;
  dismissed: Map<string, Dismissal>;
}

const byId = <T>(rows: T[], idOf: (row: T) => string) => new Map(rows.map((row) => [idOf(row), row] as const));

const READERS: { [K in keyof UserTables]: (db: LensDB) => Promise<UserTables[K]> } = {
  saved: (db) => db.readingList.toArray().then((rows) => byId(rows, (row) => row.id)),
  tagged: (db) => db.userTags.toArray().then((rows) => byId(rows, (row) => row.paperId)),
  notes: (db) => db.notes.toArray().then((rows) => byId(rows, (row) => row.paperId)),
  dismissed: (db) => db.dismissed.toArray().then((rows) => byId(rows, (row) => row.id)),
};

/**
 * The user's tables that a reader needs, each read whole (they are small: one request each) and
 * keyed by paper, in id order. Call it inside a transaction over them to read them as one.
 */
export async function readUserTables<K extends keyof UserTables>(db: LensDB, parts: readonly K[]): Promise<Pick<UserTables, K>> {
  const read = await Promise.all(parts.map((part) => READERS[part](db)));
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
