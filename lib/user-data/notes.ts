import { PAPER_LIMITS } from '../paper/limits';
import { editDate } from '../sync/edit-dates';
import type { LensDB } from '../db/db';

/** Saves the user's note on a paper; an empty note is kept, dated, so sync sees the clearing. */
export async function setNote(db: LensDB, paperId: string, text: string, now = Date.now()): Promise<void> {
  if (text.length > PAPER_LIMITS.noteChars) throw new Error(`A note can hold ${PAPER_LIMITS.noteChars} characters`);
  await db.transaction('rw', db.notes, async () => {
    const replaced = (await db.notes.get(paperId))?.updatedAt;
    await db.notes.put({ paperId, text, updatedAt: editDate(now, replaced) });
  });
}
