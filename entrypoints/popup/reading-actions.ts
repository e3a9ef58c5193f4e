import type { ReadingItemActions } from '@/components/popup/reading-item';
import { announceUserDataWritten } from '@/lib/extension-pages';
import type { LensDB, ReadingEntry } from '@/lib/db/db';
import { setNote } from '@/lib/user-data/notes';
import { setReadingState, unsavePaper } from '@/lib/user-data/reading-list';
import { addUserTag, removeUserTag } from '@/lib/user-data/user-tags';

/** The reading list's actions, written straight to the database (extension pages own it too). */
export function readingActions(db: LensDB, onRemoved: (entry: ReadingEntry) => void, onError: (message: string) => void): ReadingItemActions {
  const run = (work: Promise<unknown>) => void work.then(announceUserDataWritten, (error: unknown) => onError((error as Error).message));
  return {
    setState: (id, state) => run(setReadingState(db, id, state)),
    addTag: (id, tag) => run(addUserTag(db, id, tag)),
    removeTag: (id, tag) => run(removeUserTag(db, id, tag)),
    setNote: (id, text) => run(setNote(db, id, text)),
    remove: (id) =>
      run(
        (async () => {
          const entry = await db.readingList.get(id);
          if (!entry) return;
          await unsavePaper(db, id);
          onRemoved(entry);
        })(),
      ),
  };
}
