import type { LookupRequest } from '../messaging-schemas';
import { normalizeTitle } from '../pack/normalize';
import { mergePaper, type MergeOptions } from '../paper/merge';
import { paperInfo, withUserData, type LookupResponse, type PaperInfo } from '../paper/paper-info';
import type { LensDB, PaperRecord, ReadingEntry } from '../db/db';
import { bucketOfId, bucketOfTitle } from '../db/pack-chunks';
import { recordsWithIds, recordsWithTitleKeys, titleMatches } from '../db/paper-records';
import { keyTail } from '../db/record-keys';
import { shardKeyOf } from '../pack-store/shards';
import { createChangeCounter } from '../change-counter';
import { retryOnNextCall } from '../retry-on-next-call';
import { readUserTables, tagLists } from '../user-data/user-tables';

/**
 * What packs and sources hold, by key only: most papers on a page are in no pack, and those cost
 * nothing. Sources' records by id and title key; packs' by the buckets of their chunks.
 */
interface HeldKeys {
  ids: Set<string>;
  titles: Set<string>;
  buckets: Set<string>;
}

interface UserData {
  saved: Map<string, ReadingEntry>;
  tags: Map<string, string[]>;
}

const RECORD_LIMIT = 20_000;

/** Records a lookup is to use before the store holds them: a feed's shards, fetched for it. */
export interface UnstoredRecords {
  records: readonly PaperRecord[];
  /** The shards they come from, as `<packKey>|<shardKey>`: what the store holds of those is older. */
  shards: ReadonlySet<string>;
}

/** No records beyond the store's: most lookups, as most users subscribe to no sharded feed. */
const NO_UNSTORED_RECORDS: UnstoredRecords = { records: [], shards: new Set() };
const NONE_UNSTORED = Promise.resolve(NO_UNSTORED_RECORDS);

/**
 * The background's lookup, answered from memory where it can be. Reading IndexedDB record by record
 * is too slow for a listing of thousands of rows; so the background keeps the keys
 * of every pack paper, the records it has read (up to a bound), each paper's merged answer, and the
 * user's reading list and tags. Any write to those tables, in any of the extension's pages, drops
 * what it touched: a source's few records only their papers, an import or a removal everything.
 */
export function createLookupCache(db: LensDB) {
  let heldKeys: Promise<HeldKeys> | null = null;
  // The same keys once read, so a source's new record joins them instead of re-reading 100,000 keys.
  let heldKeysRead: HeldKeys | null = null;
  let userData: Promise<UserData> | null = null;
  // Records read while papers changed must not be kept.
  const changes = createChangeCounter();
  const byId = new Map<string, PaperRecord[]>();
  const byTitle = new Map<string, PaperRecord[]>();
  // Merging every paper at every lookup was much of its cost; a paper is merged again only once its
  // records or the hidden sources change. Papers matched by a page's title are not kept: the
  // title is the page's, not the paper's.
  const answers = new Map<string, PaperInfo>();
  let answersFor: ReadonlySet<string> | undefined;

  async function loadHeldKeys(): Promise<HeldKeys> {
    const unchanged = changes.readStarted();
    const [keys, buckets] = await Promise.all([db.papers.toCollection().primaryKeys(), db.packChunks.orderBy('bucket').uniqueKeys()]);
    const ids = new Set<string>();
    const titles = new Set<string>();
    for (const key of keys) {
      const tail = keyTail(key);
      if ('title' in tail) titles.add(tail.title);
      else ids.add(tail.id);
    }
    const read = { ids, titles, buckets: new Set(buckets as string[]) };
    if (unchanged()) heldKeysRead = read;
    return read;
  }

  async function loadUserData(): Promise<UserData> {
    const { saved, tagged } = await readUserTables(db, ['saved', 'tagged']);
    return { saved, tags: tagLists(tagged) };
  }

  /** Reads the records not in memory yet; returns them too, for a lookup that raced a change. */
  async function readMissing(cache: Map<string, PaperRecord[]>, keys: string[], index: 'id' | 'titleKey') {
    const missing = keys.filter((k) => !cache.has(k));
    const grouped = new Map<string, PaperRecord[]>(missing.map((k) => [k, []]));
    if (missing.length === 0) return grouped;
    const unchanged = changes.readStarted();
    const rows = await (index === 'id' ? recordsWithIds(db, missing) : recordsWithTitleKeys(db, missing));
    for (const row of rows) grouped.get(row[index]!)?.push(row);
    if (unchanged()) {
      for (const [key, records] of grouped) {
        if (cache.size >= RECORD_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(key, records);
      }
    }
    return grouped;
  }

  function forgetAll(): void {
    changes.changed();
    heldKeys = null;
    heldKeysRead = null;
    byId.clear();
    byTitle.clear();
    answers.clear();
  }

  const cache = {
    /**
     * `unstored` may still be on its way: the store is read first, since IndexedDB would run
     * those reads after the writes that store these records.
     */
    async lookup(
      { ids, titles }: LookupRequest,
      options: MergeOptions = {},
      unstored: Promise<UnstoredRecords> = NONE_UNSTORED,
    ): Promise<LookupResponse> {
      heldKeys ??= retryOnNextCall(loadHeldKeys(), () => (heldKeys = null));
      userData ??= retryOnNextCall(loadUserData(), () => (userData = null));
      if (answersFor !== options.hiddenSources) {
        answers.clear();
        answersFor = options.hiddenSources;
      }
      const [held, user] = await Promise.all([heldKeys, userData]);
      const unique = [...new Set(ids)];
      const titleOf = new Map<string, string>();
      for (const id of unique) {
        const title = titles[id];
        const key = title ? normalizeTitle(title) : '';
        if (key && (held.titles.has(key) || held.buckets.has(bucketOfTitle(key)))) titleOf.set(id, key);
      }
      const unchanged = changes.readStarted();
      // Taken before any await: a change meanwhile may clear the cache, not this answer. A paper
      // merged before needs no records, which is most of a page's papers at its second lookup.
      const merged = new Map<string, PaperInfo>();
      const heldIds = new Map<string, PaperRecord[]>();
      const unread: string[] = [];
      for (const id of unique) {
        const answer = titleOf.has(id) ? undefined : answers.get(id);
        if (answer) merged.set(id, answer);
        else if (byId.has(id)) heldIds.set(id, byId.get(id)!);
        else if (held.ids.has(id) || held.buckets.has(bucketOfId(id))) unread.push(id);
      }
      const heldTitles = new Map<string, PaperRecord[]>();
      for (const key of titleOf.values()) if (byTitle.has(key)) heldTitles.set(key, byTitle.get(key)!);
      const [readIds, readTitles] = await Promise.all([
        readMissing(byId, unread, 'id'),
        readMissing(byTitle, [...new Set(titleOf.values())], 'titleKey'),
      ]);
      const fresh = await unstored;
      const refetched = new Set([...fresh.shards].map((shard) => shard.slice(shard.lastIndexOf('|') + 1)));
      const inRefetched = (id: string) => refetched.size > 0 && refetched.has(shardKeyOf(id));
      // A feed's shards fetched for this page may replace what an earlier answer was merged from.
      const remerged = unique.filter((id) => merged.has(id) && inRefetched(id));
      for (const id of remerged) {
        merged.delete(id);
        if (byId.has(id)) heldIds.set(id, byId.get(id)!);
      }
      const reread = await readMissing(
        byId,
        remerged.filter((id) => !heldIds.has(id)),
        'id',
      );
      const freshOf = new Map<string, PaperRecord[]>();
      for (const record of fresh.records) if (record.id !== null) freshOf.set(record.id, [...(freshOf.get(record.id) ?? []), record]);
      const replaced = (record: PaperRecord) => record.shardKey !== undefined && fresh.shards.has(`${record.packKey}|${record.shardKey}`);
      const recordsOf = (id: string) => {
        const stored = heldIds.get(id) ?? readIds.get(id) ?? reread.get(id) ?? [];
        return inRefetched(id) ? [...stored.filter((record) => !replaced(record)), ...(freshOf.get(id) ?? [])] : stored;
      };
      const titledOf = (key: string) => heldTitles.get(key) ?? readTitles.get(key) ?? [];
      const keep = unchanged() && answersFor === options.hiddenSources;
      const response: LookupResponse = {};
      for (const id of unique) {
        let info = merged.get(id);
        if (!info) {
          const titled = titleOf.has(id) ? titleMatches(titledOf(titleOf.get(id)!)) : [];
          info = paperInfo(mergePaper(id, [...recordsOf(id), ...titled], options), undefined, undefined);
          // An answer from records not stored yet is not kept: the store's change will come.
          if (keep && !titleOf.has(id) && !inRefetched(id)) {
            if (answers.size >= RECORD_LIMIT) answers.delete(answers.keys().next().value!);
            answers.set(id, info);
          }
        }
        response[id] = withUserData(info, user.tags.get(id), user.saved.get(id));
      }
      return response;
    },
    /** A pack was imported, replaced, sharded in or removed: any record may have changed. */
    packsChanged: forgetAll,
    /** These records (primary keys of the papers table) were written or deleted, and no others. */
    recordsChanged(keys: readonly string[]): void {
      changes.changed();
      for (const key of keys) {
        const tail = keyTail(key);
        if ('title' in tail) {
          byTitle.delete(tail.title);
          heldKeysRead?.titles.add(tail.title);
        } else {
          byId.delete(tail.id);
          answers.delete(tail.id);
          heldKeysRead?.ids.add(tail.id);
        }
      }
      // Keys still being read may predate these records: read them again.
      if (!heldKeysRead) heldKeys = null;
    },
    /** The reading list or the user's tags changed. */
    userDataChanged(): void {
      userData = null;
    },
    /**
     * The answer to a write this context just made to these papers' records or user data, read
     * after the write: the cache forgets those papers first rather than trust that Dexie's report
     * of the write has reached it, so the page is never answered from before its own write.
     */
    async lookupWritten(ids: readonly string[], options: MergeOptions = {}): Promise<LookupResponse> {
      changes.changed();
      userData = null;
      for (const id of ids) {
        byId.delete(id);
        answers.delete(id);
        heldKeysRead?.ids.add(id);
      }
      if (!heldKeysRead) heldKeys = null;
      return cache.lookup({ ids: [...ids], titles: {} }, options);
    },
  };
  return cache;
}
