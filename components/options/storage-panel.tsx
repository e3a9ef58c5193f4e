interface StoragePanelProps {
  /** What `navigator.storage.persisted()` answered; null while asked, or where the browser cannot say. */
  persisted: boolean | null;
  /** Whether the extension holds `unlimitedStorage`, which browsers honour without always reporting the storage persistent. */
  unlimited: boolean;
}

/** Whether the browser may clear the extension's data (the only copy of notes and tags) to free space. */
export function StoragePanel({ persisted, unlimited }: StoragePanelProps) {
  if (persisted === null) return null;
  return (
    <section className="op-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p data-testid="storage-persisted" data-persisted={String(persisted)} data-unlimited={String(unlimited)}>
        {persisted
          ? 'Persistent: the browser keeps your reading list, tags and notes even when disk space runs low.'
          : unlimited
            ? 'Kept: the unlimitedStorage permission stops the browser from clearing your reading list, tags and notes when disk space runs low, although it reports the storage as not persistent.'
            : 'Not persistent: the browser may clear your reading list, tags and notes when disk space runs low. Export a backup now and then.'}
      </p>
    </section>
  );
}
