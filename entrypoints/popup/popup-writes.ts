import type { ReadingItemActions } from '@/components/popup/reading-item';
import type { LensDB, ReadingEntry } from '@/lib/db/db';
import { sendMessage } from '@/lib/messaging';

type Written<T> = { [K in keyof T]: T[K] extends (...args: infer A) => void ? (...args: A) => Promise<void> : never };

/**
 * The popup's writes: the reading list's actions, and the current paper's save and undo. Each
 * settles once the background answered; a refusal is reported through `onError`, never thrown.
 */
export type PopupWrites = Written<
  ReadingItemActions & {
    save(id: string, title: string | undefined): void;
    unsave(id: string): void;
    restore(entry: ReadingEntry): void;
  }
>;

/**
 * The popup's writes, each a message to the background: it writes, and tells the tabs once, as it
 * does for a page's writes. The popup reads the database itself and follows the change.
 */
export function popupWrites(db: LensDB, onRemoved: (entry: ReadingEntry) => void, onError: (message: string) => void): PopupWrites {
  const run = (work: Promise<unknown>) =>
    work.then(
      () => undefined,
      (error: unknown) => onError((error as Error).message),
    );
  return {
    save: (id, title) => run(sendMessage('save', { id, ...(title ? { title } : {}) })),
    unsave: (id) => run(sendMessage('unsave', { id })),
    restore: (entry) => run(sendMessage('restoreSaved', entry)),
    setState: (id, state) => run(sendMessage('setState', { id, state })),
    addTag: (id, tag) => run(sendMessage('addTag', { id, tag })),
    removeTag: (id, tag) => run(sendMessage('removeTag', { id, tag })),
    setNote: (id, text) => run(sendMessage('setNote', { id, text })),
    remove: (id) =>
      run(
        (async () => {
          const entry = await db.readingList.get(id);
          if (!entry) return;
          await sendMessage('unsave', { id });
          onRemoved(entry);
        })(),
      ),
  };
}
