import type { LensDB } from '../db/db';
import { localDay } from './local-day';

export interface TriageResume {
  currentId: string;
  /** 1-based among the entries then visible. */
  position: number;
}

/** Keeps where triage stands on a listing; one record per listing, replaced at each move. */
export async function saveTriageProgress(db: LensDB, listKey: string, resume: TriageResume, now = Date.now()): Promise<void> {
  await db.triageProgress.put({ listKey, day: localDay(now), currentId: resume.currentId, position: resume.position, updatedAt: now });
}

/** Where triage stopped on a listing today; nothing when it was another day (the listing is another one then). */
export async function loadTriageProgress(db: LensDB, listKey: string, now = Date.now()): Promise<TriageResume | undefined> {
  const saved = await db.triageProgress.get(listKey);
  if (!saved || saved.day !== localDay(now)) return undefined;
  return { currentId: saved.currentId, position: saved.position };
}
