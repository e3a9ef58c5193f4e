import type { LensDB } from './db';

export const MAX_NOTE_CHARS = 20_000;

/** Saves the user's note on a paper; an empty note is kept, dated, so sync sees the clearing. */
export async function setNote(db: LensDB, paperId: string, text: string, now = Date.now()): Promise<void> {
  if (text.length > MAX_NOTE_CHARS) throw new Error(`A note can hold ${MAX_NOTE_CHARS} characters`);
  await db.notes.put({ paperId, text, updatedAt: now });
}
