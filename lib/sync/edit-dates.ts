import { type SyncRecord, savedPart, syncRecord, toSyncTime } from './model';

/**
 * How far past this browser's clock a date from elsewhere (an imported file, another browser's
 * copy) may lie: room for clocks that disagree by a few minutes, too little for a date to outrank
 * every edit the user makes afterwards.
 */
export const FUTURE_SLACK_MS = 5 * 60 * 1000;

/** A date from elsewhere, brought back to at most `now` plus the slack; a date in the past is kept. */
export function clampDate(ms: number, now: number): number {
  return Math.min(ms, now + FUTURE_SLACK_MS);
}

/** A record with every date clamped, its removal's too: a removal brought back to now still removes. */
export function clampRecord(record: SyncRecord, now: number): SyncRecord {
  const { saved, removedAt, tags, note } = record;
  const clamp = (ms: number) => clampDate(ms, now);
  return syncRecord(record.id, {
    saved: saved && savedPart(clamp(saved.addedAt), saved.state, clamp(saved.updatedAt), saved.title),
    removedAt: removedAt === undefined ? undefined : clamp(removedAt),
    tags: tags && { list: tags.list, updatedAt: clamp(tags.updatedAt) },
    note: note && { text: note.text, updatedAt: clamp(note.updatedAt) },
  });
}

/**
 * The date of a local edit that replaces a row dated `replaced`: now, or just after that date when
 * it is not in the past (a clock that ran ahead, a date from elsewhere within the slack), so the
 * edit always outranks what it replaces. Sync compares whole seconds, so "just after" is the next
 * second: a later millisecond of the same second would tie, and a tie is settled by content.
 */
export function editDate(now: number, replaced: number | undefined): number {
  if (replaced === undefined || replaced < now) return now;
  return toSyncTime(replaced) + 1000;
}
