import type { SchemaVersion } from './schema-version';

/**
 * Version 3: sources (Hugging Face, Semantic Scholar, arXiv) keep their papers in `papers`, under
 * `source:<id>` keys, and in these tables what they were asked and when. New tables only: nothing to carry over.
 */
export const v3: SchemaVersion = { version: 3, stores: { sourceFetches: '[source+key], source', sourceStatus: 'id' } };
