import type { SchemaVersion } from './schema-version';

/**
 * Version 6: the abstracts of title-only lists' rows, fetched as the reader reaches them, the
 * oldest dropped past a bound. A new table only: nothing to carry over.
 */
export const v6: SchemaVersion = { version: 6, stores: { abstracts: 'id, fetchedAt' } };
