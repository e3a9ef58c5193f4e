import type { Table } from 'dexie';
import type { LensDB } from './db';

/** The name of every table of the database, from its schema: a change to a table it does not hold fails to compile. */
export type TableName = { [K in keyof LensDB]: LensDB[K] extends Table ? K : never }[keyof LensDB];

/** The tables of what the user wrote: the reading list, tags, notes and removals from the list. */
export const USER_TABLES = ['readingList', 'userTags', 'notes', 'tombstones'] as const satisfies readonly TableName[];

/** The tables whose change changes how lists rank for the user: the papers saved, tagged or set aside. */
export const RANKING_TABLES = ['readingList', 'userTags', 'dismissed'] as const satisfies readonly TableName[];
