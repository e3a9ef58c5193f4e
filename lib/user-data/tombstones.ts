import type { ReadingEntry, Tombstone } from '../db/db';
import { editDate } from '../sync/edit-dates';

/*
 * A removal from the reading list leaves a tombstone, so that sync and imports know the paper was
 * removed and do not bring it back. The local writers (save, remove, undo) and the import's merge
 * take their rules from here; sync carries a removal inside its records (`lib/sync/`) and writes
 * back the tombstone its merge decided.
 */

/** The tombstone a removal leaves: dated after the entry it removes, so the removal outranks it. */
export function tombstoneFor(entry: ReadingEntry, now: number): Tombstone {
  return { id: entry.id, deletedAt: editDate(now, entry.updatedAt) };
}

/**
 * The date of an entry that brings a removed paper back (a save, an undo, an import): after the
 * removal and after `replaced`, the date of the entry it puts back, so sync keeps it back. The
 * caller lifts the tombstone in the same transaction.
 */
export function returnDate(now: number, tombstone: Tombstone | undefined, replaced?: number): number {
  const after = Math.max(tombstone?.deletedAt ?? -Infinity, replaced ?? -Infinity);
  return editDate(now, after === -Infinity ? undefined : after);
}
