import type { ListOpened } from '@/lib/messaging';
import type { ListOpenedRequest, TriageProgressRequest } from '@/lib/messaging-schemas';
import { listKeyOf } from '@/lib/page-reading/list-key';
import { db } from '@/lib/db/db';
import { dismissedIds } from '@/lib/user-data/dismissed';
import { recordVisit } from '@/lib/list-memory/listing-visits';
import { createSeenStore } from '@/lib/list-memory/seen';
import { loadTriageProgress, saveTriageProgress } from '@/lib/list-memory/triage-progress';

/** Read once per background start: every paper shown on a list, in memory (about 8 bytes a paper). */
const seen = createSeenStore(db);

/**
 * A list page's papers: which were shown before this visit of the list began, which the user set
 * aside, and where triage stopped today; then they are remembered as shown now.
 */
export async function listOpened({ url, ids }: ListOpenedRequest, now = Date.now()): Promise<ListOpened> {
  const listKey = listKeyOf(url);
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

export function triageProgressSaved({ url, currentId, position }: TriageProgressRequest): Promise<void> {
  return saveTriageProgress(db, listKeyOf(url), { currentId, position });
}
