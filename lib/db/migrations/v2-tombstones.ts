import type { SchemaVersion } from './schema-version';

/**
 * Version 2: removals from the reading list leave a tombstone, for sync across browsers.
 * Nothing to carry over: no version 1 database has removals on record.
 */
export const v2: SchemaVersion = { version: 2, stores: { tombstones: 'id, deletedAt' } };
