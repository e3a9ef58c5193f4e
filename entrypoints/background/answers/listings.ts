import type { ListOpened } from '@/lib/messaging';
import type { ListOpenedRequest, TriageProgressRequest } from '@/lib/messaging-schemas';
import { db } from '@/lib/db/db';
import { dismissedIds } from '@/lib/user-data/dismissed';
import { createListKeys } from '@/lib/list-memory/hashed-list-keys';
import { recordVisit } from '@/lib/list-memory/listing-visits';
import { createSeenStore } from '@/lib/list-memory/seen';
import { loadTriageProgress, saveTriageProgress } from '@/lib/list-memory/triage-progress';
import { onKeysChanged } from '../changes/db-events';

/** Read once per background start: every paper shown on a list, in memory (about 8 bytes a paper). */
const seen = createSeenStore(db);

const listKeys = createListKeys(db);

/** The key a list page's visits and triage are stored under, which keeps no search text. */
export const listKeyFor = (url: string): Promise<string> => listKeys.keyOf(url);

/**
 * A range of seen days deleted (the history pruned here, or cleared on the options page) is read
 * again; a page's own write names its one day and changes nothing held.
 */
export function setupListings(): void {
  onKeysChanged('seenDays', (keys) => {
    if (keys === null) seen.forget();
  });
}

/**
 * A list page's papers: which were shown before this visit of the list began, which the user set
 * aside, and where triage stopped today; then they are remembered as shown now.
 */
export async function listOpened({ url, ids }: ListOpenedRequest, now = Date.now()): Promise<ListOpened> {
  const listKey = await listKeyFor(url);
  const visit = await recordVisit(db, listKey, now);
  const before = await seen.seenBefore(ids, visit.startedAt);
  await seen.markSeen(ids, now);
  const [dismissed, triage] = await Promise.all([dismissedIds(db), loadTriageProgress(db, listKey, now)]);
  return {
    seenBefore: ids.filter((id) => before.has(id)),
    dismissed: ids.filter((id) => dismissed.has(id)),
    ...(triage ? { triage: { currentId: triage.currentId, position: triage.position } } : {}),
  };
}

export async function triageProgressSaved({ url, currentId, position }: TriageProgressRequest): Promise<void> {
  await saveTriageProgress(db, await listKeyFor(url), { currentId, position });
}
