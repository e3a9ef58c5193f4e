import {
  type NotePart,
  type SavedPart,
  type SyncRecord,
  type SyncSnapshot,
  type TagsPart,
  isEmptyRecord,
  sameRecord,
  savedPart,
  syncRecord,
  toSyncPrecision,
  toSyncTime,
  toSyncTitle,
} from './model';
import { clampRecord } from './edit-dates';

/** Tombstones, emptied tag lists and cleared notes are forgotten after this long. */
export const FORGET_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Forgetting a tombstone opens a door for the paper to come back from a browser that still has it
 * saved and never saw the removal. Two guards keep it shut:
 * - `forgetBefore` only drops a tombstone (or an emptied tag list or note) older than 90 days,
 *   never a live entry, so a browser that syncs at least every 90 days always meets the removal.
 * - `lastSync` is what the remote copy held, part by part, when this browser last synced with it
 *   (same generation, complete copy). A local part that was there then, has not changed here
 *   since, and is missing now, was forgotten there after losing to a removal: it is dropped here
 *   instead of being pushed back. A part this browser never shared, or changed since, is pushed,
 *   so a paper saved while the clock was off, or by a browser joining late with an old list, is
 *   never mistaken for a forgotten one.
 */
export interface MergeRules {
  /**
   * Clamps this browser's own dates too (`clampRecord`): a row dated in the future before dates
   * were clamped, or by this browser's clock before it was set right, is brought back and written.
   */
  now?: number;
  forgetBefore?: number;
  lastSync?: { at: number; parts: Readonly<Record<string, number>> };
}

/** Bits of `partBits`: which parts of a paper a record holds. */
export const PART = { membership: 1, tags: 2, note: 4 } as const;

export function partBits(record: SyncRecord): number {
  const membership = record.saved || record.removedAt !== undefined ? PART.membership : 0;
  return membership | (record.tags ? PART.tags : 0) | (record.note ? PART.note : 0);
}

type Membership = { saved: SavedPart; removedAt?: undefined } | { saved?: undefined; removedAt: number };

const membershipDate = (m: Membership) => (m.saved ? m.saved.updatedAt : m.removedAt);
// At equal seconds a removal outranks an entry, and entries rank by their content, so that both
// browsers pick the same one whichever of them is "local".
const membershipRank = (m: Membership) =>
  m.saved ? `0${JSON.stringify([m.saved.state, toSyncTime(m.saved.addedAt), m.saved.title ? toSyncTitle(m.saved.title) : ''])}` : '1';
const tagsDate = (t: TagsPart) => t.updatedAt;
const tagsRank = (t: TagsPart) => JSON.stringify(t.list);
const noteDate = (n: NotePart) => n.updatedAt;
const noteRank = (n: NotePart) => n.text;

/** The newer part, compared at the sync area's precision; local stays when both say the same. */
function newest<T>(local: T | undefined, remote: T | undefined, date: (part: T) => number, rank: (part: T) => string): T | undefined {
  if (local === undefined || remote === undefined) return local ?? remote;
  const l = toSyncTime(date(local));
  const r = toSyncTime(date(remote));
  if (l !== r) return r > l ? remote : local;
  return rank(remote) > rank(local) ? remote : local;
}

function withoutForgotten<T>(
  local: T | undefined,
  remote: T | undefined,
  date: (part: T) => number,
  shared: { id: string; part: number; rules: MergeRules },
): T | undefined {
  const { lastSync } = shared.rules;
  if (local === undefined || remote !== undefined || !lastSync) return local;
  const wasShared = ((lastSync.parts[shared.id] ?? 0) & shared.part) !== 0;
  return wasShared && date(local) < lastSync.at ? undefined : local;
}

function isForgotten(date: number, empty: boolean, rules: MergeRules): boolean {
  return empty && rules.forgetBefore !== undefined && date < rules.forgetBefore;
}

function membershipOf(record: SyncRecord | undefined): Membership | undefined {
  if (!record) return undefined;
  const saved = record.saved && { saved: record.saved };
  const removed = record.removedAt === undefined ? undefined : { removedAt: record.removedAt };
  return newest<Membership>(saved, removed, membershipDate, membershipRank);
}

/**
 * The title is a label, not a choice the user made: the winner's, else the other side's, and the
 * local full title rather than the shortened copy the sync area holds of it.
 */
function mergeMembership(local: Membership | undefined, remote: Membership | undefined): Membership | undefined {
  const winner = newest(local, remote, membershipDate, membershipRank);
  if (!winner?.saved) return winner;
  const other = winner === local ? remote : local;
  const title = winner.saved.title ?? other?.saved?.title;
  const localTitle = local?.saved?.title;
  const kept = localTitle && title && toSyncTitle(localTitle) === toSyncTitle(title) ? localTitle : title;
  if (kept === winner.saved.title) return winner;
  const { addedAt, state, updatedAt } = winner.saved;
  return { saved: savedPart(addedAt, state, updatedAt, kept) };
}

/** One paper, part by part; undefined when nothing about it is left to keep. */
export function mergeRecords(mine: SyncRecord | undefined, remote: SyncRecord | undefined, rules: MergeRules = {}): SyncRecord | undefined {
  const local = mine && rules.now !== undefined ? clampRecord(mine, rules.now) : mine;
  const id = local?.id ?? remote?.id;
  if (id === undefined) return undefined;

  const remoteMembership = membershipOf(remote);
  const shared = (part: number) => ({ id, part, rules });
  const membership = mergeMembership(
    withoutForgotten(membershipOf(local), remoteMembership, membershipDate, shared(PART.membership)),
    remoteMembership,
  );
  const tags = newest(withoutForgotten(local?.tags, remote?.tags, tagsDate, shared(PART.tags)), remote?.tags, tagsDate, tagsRank);
  const note = newest(withoutForgotten(local?.note, remote?.note, noteDate, shared(PART.note)), remote?.note, noteDate, noteRank);

  const removedAt = membership?.removedAt;
  const record = syncRecord(id, {
    saved: membership?.saved,
    removedAt: removedAt !== undefined && !isForgotten(removedAt, true, rules) ? removedAt : undefined,
    tags: tags && !isForgotten(tags.updatedAt, tags.list.length === 0, rules) ? tags : undefined,
    note: note && !isForgotten(note.updatedAt, note.text === '', rules) ? note : undefined,
  });
  return isEmptyRecord(record) ? undefined : record;
}

export interface SnapshotMerge {
  merged: Map<string, SyncRecord>;
  /** Papers whose data on this browser the merge changes. */
  localChanges: string[];
  /** Papers whose copy in the sync area the merge changes. */
  remoteChanges: string[];
}

export function mergeSnapshots(local: SyncSnapshot, remote: SyncSnapshot, rules: MergeRules = {}): SnapshotMerge {
  const merged = new Map<string, SyncRecord>();
  const localChanges: string[] = [];
  const remoteChanges: string[] = [];
  const ids = [...new Set([...local.keys(), ...remote.keys()])].sort();
  for (const id of ids) {
    const mine = local.get(id);
    const theirs = remote.get(id);
    const record = mergeRecords(mine, theirs, rules);
    if (record) merged.set(id, record);
    if (!sameRecord(record, mine)) localChanges.push(id);
    if (!sameRecord(record && toSyncPrecision(record), theirs && toSyncPrecision(theirs))) remoteChanges.push(id);
  }
  return { merged, localChanges, remoteChanges };
}
