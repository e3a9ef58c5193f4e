import type { LookupRequest } from '../messaging-schemas';
import { normalizeTitle } from '../pack/normalize';
import { mergePaper, type MergeOptions } from '../paper/merge';
import { paperInfo, type LookupResponse } from '../paper/paper-info';
import type { LensDB, PaperRecord, ReadingEntry } from './db';
import { bucketOfId, bucketOfTitle } from './pack-chunks';
import { recordsWithIds, recordsWithTitleKeys } from './paper-records';

/**
 * What packs and sources hold, by key only: most papers on a page are in no pack, and those cost
 * nothing. Sources' records by id and title key; packs' by the buckets of their chunks.
 */
interface PackKeys {
  ids: Set<string>;
  titles: Set<string>;
  buckets: Set<string>;
}

interface UserData {
  saved: Map<string, ReadingEntry>;
  tags: Map<string, string[]>;
}

const RECORD_LIMIT = 20_000;

/**
 * The background's lookup, answered from memory where it can be. IndexedDB costs about a tenth of
 * a millisecond per record here, too slow for a 2,000-row listing; so the background keeps the keys
 * of every pack paper, the records it has read (up to a bound), and the user's reading list and
 * tags. Any write to those tables, in any of the extension's pages, drops what it touched.
 */
export function createLookupCache(db: LensDB) {
  let packKeys: Promise<PackKeys> | null = null;
  let userData: Promise<UserData> | null = null;
  // Records read while a pack changed must not be kept: each change starts a new generation.
  let generation = 0;
  const byId = new Map<string, PaperRecord[]>();
  const byTitle = new Map<string, PaperRecord[]>();

  async function loadPackKeys(): Promise<PackKeys> {
    const [keys, buckets] = await Promise.all([db.papers.toCollection().primaryKeys(), db.packChunks.orderBy('bucket').uniqueKeys()]);
    const ids = new Set<string>();
    const titles = new Set<string>();
    for (const key of keys) {
      // `<packKey>|<id>` or `<packKey>|t:<title key>`; neither an id nor a title key holds a "|".
      const tail = key.slice(key.lastIndexOf('|') + 1);
      if (tail.startsWith('t:')) titles.add(tail.slice(2));
      else ids.add(tail);
    }
    return { ids, titles, buckets: new Set(buckets as string[]) };
  }

  async function loadUserData(): Promise<UserData> {
    const [entries, tags] = await Promise.all([db.readingList.toArray(), db.userTags.toArray()]);
    return { saved: new Map(entries.map((e) => [e.id, e])), tags: new Map(tags.map((t) => [t.paperId, t.tags])) };
  }

  /** Reads the records not in memory yet; returns them too, for a lookup that raced a change. */
  async function readMissing(cache: Map<string, PaperRecord[]>, keys: string[], index: 'id' | 'titleKey') {
    const missing = keys.filter((k) => !cache.has(k));
    const grouped = new Map<string, PaperRecord[]>(missing.map((k) => [k, []]));
    if (missing.length === 0) return grouped;
    const started = generation;
    const rows = await (index === 'id' ? recordsWithIds(db, missing) : recordsWithTitleKeys(db, missing));
    for (const row of rows) grouped.get(row[index]!)?.push(row);
    if (started === generation) {
      for (const [key, records] of grouped) {
        if (cache.size >= RECORD_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(key, records);
      }
    }
    return grouped;
  }

  /** A load that failed is forgotten, so the next lookup tries again. */
  function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
    return load().catch((error: unknown) => {
      forget();
      throw error;
    });
  }

  return {
    async lookup({ ids, titles }: LookupRequest, options: MergeOptions = {}): Promise<LookupResponse> {
      packKeys ??= retryable(loadPackKeys, () => (packKeys = null));
      userData ??= retryable(loadUserData, () => (userData = null));
      const [packs, user] = await Promise.all([packKeys, userData]);
      const unique = [...new Set(ids)];
      const titleOf = new Map<string, string>();
      for (const id of unique) {
        const key = titles[id] ? normalizeTitle(titles[id]!) : '';
        if (key && (packs.titles.has(key) || packs.buckets.has(bucketOfTitle(key)))) titleOf.set(id, key);
      }
      // Taken before any await: a pack change meanwhile may clear the cache, not this answer.
      const heldIds = new Map(unique.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
      const heldTitles = new Map([...titleOf.values()].flatMap((key) => (byTitle.has(key) ? [[key, byTitle.get(key)!] as const] : [])));
      const [readIds, readTitles] = await Promise.all([
        readMissing(
          byId,
          unique.filter((id) => packs.ids.has(id) || packs.buckets.has(bucketOfId(id))),
          'id',
        ),
        readMissing(byTitle, [...new Set(titleOf.values())], 'titleKey'),
      ]);
      const recordsOf = (id: string) => heldIds.get(id) ?? readIds.get(id) ?? [];
      const titledOf = (key: string) => heldTitles.get(key) ?? readTitles.get(key) ?? [];
      const response: LookupResponse = {};
      for (const id of unique) {
        const titled = titleOf.has(id) ? titledOf(titleOf.get(id)!).filter((r) => r.id === null) : [];
        response[id] = paperInfo(mergePaper(id, [...recordsOf(id), ...titled], options), user.tags.get(id), user.saved.get(id));
      }
      return response;
    },
    /** A pack was imported, replaced, sharded in or removed. */
    packsChanged(): void {
      generation++;
      packKeys = null;
      byId.clear();
      byTitle.clear();
    },
    /** The reading list or the user's tags changed. */
    userDataChanged(): void {
      userData = null;
    },
  };
}
