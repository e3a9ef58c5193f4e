import { Dexie, type EntityTable } from 'dexie';
import type { PackPaper } from '../pack/schema';
import type { ReadingState } from '../paper/reading-states';
import { originKeyRange } from './key-parts';
import { SCHEMA_VERSIONS } from './migrations';

/**
 * A paper as one pack or one source tells it: the pack paper itself, keyed. The same paper in two
 * packs (or a pack and a source) is two records, merged by `mergePaper` when read.
 */
export type PaperRecord = PackPaper & {
  /** `<originKey>|<id>` or `<originKey>|t:<normalized title>` for papers known only by title. */
  key: string;
  /**
   * The record's origin key: the pack's key, or `source:<source id>` for what a source brought.
   * Stored as `packKey`, the name the `papers` indexes and every stored record already use.
   */
  packKey: string;
  /** Set for papers of a sharded feed: which shard brought them, so a new shard version replaces them. */
  shardKey?: string;
  titleKey: string | null;
  /** When a source fetched it (packs are dated by their pack record). */
  fetchedAt?: number;
};

/**
 * The papers of one pack (or one shard of a feed) whose ids share a bucket (`lib/db/pack-chunks.ts`):
 * packs hold their papers in these, sources and pages one record per paper in `papers`.
 */
export interface PackChunk {
  /** `<packKey>|<bucket>`, so a pack's chunks are one key range, as its papers were. */
  key: string;
  packKey: string;
  bucket: string;
  shardKey?: string;
  /** Every tag its papers carry, once: what tag suggestions read. */
  tags: string[];
  count: number;
  /** The records, JSON-encoded, without the key, pack and shard, which are the chunk's. */
  records: string;
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
  /** The characters its papers' records take in the store (`lib/pack-store/shard-cache.ts`); unset before schema 7. */
  size?: number;
}

export interface ReadingEntry {
  id: string;
  title?: string;
  /** The paper's latest version when it was saved, so a newer one can be pointed out. */
  version?: number;
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
 * What a source was last asked about one key (a paper id, or a day for a day's list), so that
 * nothing is fetched again while fresh, "not found" included.
 */
export interface SourceFetch {
  source: string;
  key: string;
  fetchedAt: number;
  found: boolean;
}

export type SourceState = 'ok' | 'error';

/** A source's last sync, for the options page. */
export interface SourceStatus {
  id: string;
  lastSync?: number;
  status: SourceState;
  lastError?: string;
  /** Papers it holds in the store. */
  paperCount: number;
  /** Not asked again before this time, after repeated failures. */
  pausedUntil?: number;
}

/** The papers seen for the first time in one visit's load of a listing, at that moment. */
export interface SeenBatch {
  at: number;
  /** The canonical ids, packed by `packIds` (lib/list-memory/seen-codec.ts). */
  ids: string;
}

/**
 * The papers first seen on one local day (`YYYY-MM-DD`), packed: a year of daily listings is
 * hundreds of thousands of ids, so one record per day, never one per id.
 */
export interface SeenDay {
  day: string;
  batches: SeenBatch[];
}

/**
 * One listing's current visit: loads of it within a short gap of each other are one visit, so a
 * reload does not make what the user is reading "seen before".
 */
export interface ListingVisit {
  listKey: string;
  startedAt: number;
  /** The last load or activity; a later load within the gap continues this visit. */
  lastAt: number;
  /** When the visit before this one started, for "new since …". */
  previousStartedAt?: number;
  /** How many of the list's papers were ranked among its best matches for the user, last time it was ranked. */
  forYou?: number;
}

/**
 * A paper the user marked "not interested". Undoing keeps the record, dated, as a removed tag does,
 * so that sync could tell the newer of a dismissal and its undo.
 */
export interface Dismissal {
  id: string;
  dismissed: boolean;
  updatedAt: number;
}

/** Where triage stopped on a listing, so a reload or a later visit the same day resumes there. */
export interface TriageProgress {
  listKey: string;
  /** The local day (`YYYY-MM-DD`) it was saved: a later day starts fresh. */
  day: string;
  currentId: string;
  /** 1-based, among the entries visible then: where to resume when the paper is no longer shown. */
  position: number;
  updatedAt: number;
}

/**
 * A paper's abstract as arXiv's API gave it, for the rows of title-only lists
 * (`lib/abstracts/`); `text` is null for an id arXiv does not know.
 */
export interface AbstractRecord {
  id: string;
  version?: number;
  /** Whitespace folded; null: arXiv does not know the id (asked again once that is stale). */
  text: string | null;
  fetchedAt: number;
}

/**
 * A secret the user gave the extension (an API key), kept in the extension's own IndexedDB:
 * content scripts run in the page's origin and cannot open it, where they can read storage.local.
 */
export interface Secret {
  name: SecretName;
  value: string;
}

export type SecretName = 's2ApiKey';

/** A key this install made for itself and keeps to itself, by what it is for; never synced or exported. */
export interface InstallKey {
  name: string;
  /** Not extractable: the page may use it, never read it. */
  key: CryptoKey;
}

/**
 * The extension's one database, in its own origin (background, popup, options). Pack data
 * (papers, packs, shards) and the user's data (readingList, userTags, notes) live in separate
 * tables, so syncing or removing a pack can never touch what the user wrote.
 * Every schema version stays declared, in order, with its upgrade: one file each in `lib/db/migrations/`.
 */
export class LensDB extends Dexie {
  papers!: EntityTable<PaperRecord, 'key'>;
  packChunks!: EntityTable<PackChunk, 'key'>;
  packs!: EntityTable<PackRecord, 'key'>;
  shards!: Dexie.Table<ShardRecord, [string, string]>;
  readingList!: EntityTable<ReadingEntry, 'id'>;
  userTags!: EntityTable<UserTags, 'paperId'>;
  notes!: EntityTable<Note, 'paperId'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  sourceFetches!: Dexie.Table<SourceFetch, [string, string]>;
  sourceStatus!: EntityTable<SourceStatus, 'id'>;
  seenDays!: EntityTable<SeenDay, 'day'>;
  listingVisits!: EntityTable<ListingVisit, 'listKey'>;
  dismissed!: EntityTable<Dismissal, 'id'>;
  triageProgress!: EntityTable<TriageProgress, 'listKey'>;
  abstracts!: EntityTable<AbstractRecord, 'id'>;
  installKeys!: EntityTable<InstallKey, 'name'>;
  secrets!: EntityTable<Secret, 'name'>;

  constructor(name = 'arxiv-lens') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/**
 * The records one origin keeps one by one in `papers` (a source, or what pages showed: `source:…`
 * keys), as a range of primary keys (`<origin key>|…`, the origin key escaped so that no other
 * origin's keys fall inside it): IndexedDB deletes a key range in one request, where deleting
 * through an index goes key by key.
 */
export function originRecords(db: LensDB, originKey: string) {
  return db.papers.where(':id').between(...originKeyRange(originKey));
}

/** A pack's chunks, as a range of primary keys, as `originRecords` for sources. */
export function packChunksOf(db: LensDB, packKey: string) {
  return db.packChunks.where(':id').between(...originKeyRange(packKey));
}

export const db = new LensDB();
