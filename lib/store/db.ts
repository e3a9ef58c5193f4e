import { Dexie, type EntityTable } from 'dexie';
import type { Summary } from '../pack/schema';

/** A paper as one pack tells it. The same paper in two packs is two records, merged at lookup. */
export interface PaperRecord {
  /** `<packKey>|<id>` or `<packKey>|t:<normalized title>` for papers known only by title. */
  key: string;
  packKey: string;
  /** Set for papers of a sharded feed: which shard brought them, so a new shard version replaces them. */
  shardKey?: string;
  id: string | null;
  titleKey: string | null;
  title: string | null;
  authors?: string[];
  published?: string;
  abstract?: string;
  tags: string[];
  summaries: Summary[];
}

export type PackKind = 'bundled' | 'subscribed' | 'feed';
export type PackStatus = 'ok' | 'error' | 'pending';

export interface ShardRef {
  key: string;
  url: string;
  hash: string;
  papers: number;
}

export interface PackRecord {
  /** `bundled` for the pack that ships with the extension, the https URL for subscriptions. */
  key: string;
  kind: PackKind;
  /** The id the pack gives itself. */
  packId: string;
  name: string;
  version: string;
  /** sha256 of the document last imported; an unchanged document costs one comparison. */
  hash: string;
  sourceUrl?: string;
  etag?: string;
  lastSync?: number;
  status: PackStatus;
  lastError?: string;
  paperCount: number;
  /** For sharded feeds: every shard the manifest lists; only those met on pages are fetched. */
  shards?: ShardRef[];
}

/** A shard of a feed that has been fetched and imported, by the hash it had. */
export interface ShardRecord {
  packKey: string;
  key: string;
  hash: string;
  fetchedAt: number;
}

export type ReadingState = 'to-read' | 'reading' | 'done';

export interface ReadingEntry {
  id: string;
  title?: string;
  addedAt: number;
  state: ReadingState;
  updatedAt: number;
}

export interface UserTags {
  paperId: string;
  tags: string[];
  updatedAt: number;
}

export interface Note {
  paperId: string;
  text: string;
  updatedAt: number;
}

/** A paper removed from the reading list, kept so that sync does not bring it back from another browser. */
export interface Tombstone {
  id: string;
  deletedAt: number;
}

/**
 * The extension's one database, in its own origin (background, popup, options). Pack data
 * (papers, packs, shards) and the user's data (readingList, userTags, notes) live in separate
 * tables, so syncing or removing a pack can never touch what the user wrote.
 * Every schema version stays listed, in order, with its upgrade.
 */
export class LensDB extends Dexie {
  papers!: EntityTable<PaperRecord, 'key'>;
  packs!: EntityTable<PackRecord, 'key'>;
  shards!: Dexie.Table<ShardRecord, [string, string]>;
  readingList!: EntityTable<ReadingEntry, 'id'>;
  userTags!: EntityTable<UserTags, 'paperId'>;
  notes!: EntityTable<Note, 'paperId'>;
  tombstones!: EntityTable<Tombstone, 'id'>;

  constructor(name = 'arxiv-lens') {
    super(name);
    this.version(1).stores({
      papers: 'key, packKey, [packKey+shardKey], id, titleKey, *tags',
      packs: 'key, kind',
      shards: '[packKey+key]',
      readingList: 'id, addedAt, state, updatedAt',
      userTags: 'paperId, *tags',
      notes: 'paperId',
    });
    // Version 2: removals from the reading list leave a tombstone, for sync across browsers.
    // Nothing to carry over: no version 1 database has removals on record.
    this.version(2).stores({ tombstones: 'id, deletedAt' });
  }
}

/**
 * A pack's papers, as a range of primary keys (`<packKey>|…`; a pack key never holds a "|"):
 * IndexedDB deletes a key range in one request, where deleting through an index goes key by key.
 */
export function packPapers(db: LensDB, packKey: string) {
  return db.papers.where(':id').between(`${packKey}|`, `${packKey}|\uffff`);
}

export const db = new LensDB();
