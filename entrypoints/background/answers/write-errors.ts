import { isStorageFull } from '@/lib/db/storage-full';

/** What a page shows when the browser refused a save or a tag for lack of space. */
export const WRITE_STORAGE_FULL =
  "the browser's storage for arXiv Lens is full, so nothing was written. Free disk space or unsubscribe from a large pack, then try again.";

/**
 * The error a page is answered with: a full disk in words a reader can act on (IndexedDB's own
 * QuotaExceededError names no remedy), anything else as it is.
 */
export function pageFacingError(error: unknown): unknown {
  return isStorageFull(error) ? new Error(WRITE_STORAGE_FULL) : error;
}
