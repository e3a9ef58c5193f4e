import type { SchemaVersion } from './schema-version';

/** Version 1: packs' papers, the packs, feeds' shards, and the user's reading list, tags and notes. */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    papers: 'key, packKey, [packKey+shardKey], id, titleKey, *tags',
    packs: 'key, kind',
    shards: '[packKey+key]',
    readingList: 'id, addedAt, state, updatedAt',
    userTags: 'paperId, *tags',
    notes: 'paperId',
  },
};
