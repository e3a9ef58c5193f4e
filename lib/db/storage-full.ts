/** What the user reads in a pack's or a source's status when a write failed for lack of space. */
export const STORAGE_FULL =
  "The browser's storage for arXiv Lens is full: nothing was written. Free disk space or unsubscribe from a large pack, then sync again.";

/** Whether an error is the browser refusing a write for lack of space (IndexedDB's QuotaExceededError). */
export function isStorageFull(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
