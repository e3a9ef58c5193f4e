import type { LensDB } from '@/lib/db/db';
import { createSyncEngine } from '@/lib/sync/engine';
import { freshDb } from '../../helpers/packs';
import { type SyncArea, memoryCursor } from './sync-area';

/** A Monday morning, on a whole second, so test dates survive the sync area's whole seconds unchanged. */
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;
/** The moment `seconds` after T0. */
export const at = (seconds: number) => T0 + seconds * 1000;

/** The one clock the simulated browsers and the sync area share. */
export function testClock(start = T0) {
  let time = start;
  return {
    now: () => time,
    set: (to: number) => {
      time = to;
    },
  };
}
export type TestClock = ReturnType<typeof testClock>;

/** A browser of the same user: its own database and memory of its last sync, the account's sync area. */
export async function simulatedBrowser(name: string, area: SyncArea, clock: TestClock) {
  const db = await freshDb();
  const cursor = memoryCursor();
  const engine = createSyncEngine({ db, storage: area.client(name), now: clock.now, cursor });
  return {
    name,
    db,
    engine,
    /** Syncs at the given moment. */
    sync: (when: number) => {
      clock.set(when);
      return engine.syncNow();
    },
  };
}

/** Everything the user wrote on one browser, in a stable order. */
export async function userData(db: LensDB) {
  return {
    readingList: await db.readingList.orderBy('id').toArray(),
    tombstones: await db.tombstones.orderBy('id').toArray(),
    tags: await db.userTags.orderBy('paperId').toArray(),
    notes: await db.notes.orderBy('paperId').toArray(),
  };
}
