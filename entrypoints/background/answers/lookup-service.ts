import { db } from '@/lib/db/db';
import { createLookupCache } from '@/lib/reads/lookup-cache';
import { ensureShardsFor, NO_SHARDS, prefetchShardsFor, type ShardsFetched } from '@/lib/pack-store/shards';
import { USER_TABLES } from '@/lib/db/table-names';
import { onKeysChanged, onTablesChanged } from '../changes/db-events';

/** The lookups of every tab, answered from the background's memory and kept true to the database. */
export const lookupCache = createLookupCache(db);

// Most users subscribe to no sharded feed; then a lookup needs no look at the packs table.
let hasFeeds: Promise<boolean> | null = null;

function feedsSubscribed(): Promise<boolean> {
  hasFeeds ??= db.packs
    .where('kind')
    .equals('feed')
    .count()
    .then((n) => n > 0);
  return hasFeeds;
}

function feedsUnreadable(error: unknown): void {
  hasFeeds = null;
  console.warn('arXiv Lens: the sharded feeds could not be read', error);
}

/**
 * Fetches the shards of sharded feeds these ids need (only when such a feed is subscribed), and
 * gives their records of these ids, which the store may not hold yet, and their storing, to start
 * once the page is answered. Never rejects: the page's lookup is answered from the store all the same.
 */
export async function unstoredShardRecords(ids: readonly string[]): Promise<ShardsFetched> {
  try {
    return (await feedsSubscribed()) ? await ensureShardsFor(db, ids) : NO_SHARDS;
  } catch (error) {
    feedsUnreadable(error);
    return NO_SHARDS;
  }
}

/**
 * A list being parsed names papers of the months it reaches: the shards of subscribed sharded
 * feeds those need start on their way, for the list's lookup to find (`prefetchShardsFor`).
 * Answers, once they are on their way, whether such a feed is subscribed; without one nothing
 * more is done than knowing there is none.
 */
export async function prefetchShards(ids: readonly string[]): Promise<boolean> {
  try {
    if (!(await feedsSubscribed())) return false;
    await prefetchShardsFor(db, ids);
    return true;
  } catch (error) {
    feedsUnreadable(error);
    return true;
  }
}

export function setupLookupCache(): void {
  onTablesChanged(['packs'], () => (hasFeeds = null));
  // A source stores a few papers at a time: only those are merged again, not all 2,000 of a listing.
  onKeysChanged('papers', (keys) => (keys ? lookupCache.recordsChanged(keys) : lookupCache.packsChanged()));
  // Packs' papers live in chunks of a thousand: a pack written anew is merged again whole.
  onTablesChanged(['packChunks'], () => lookupCache.packsChanged());
  onTablesChanged(USER_TABLES, () => lookupCache.userDataChanged());
}
