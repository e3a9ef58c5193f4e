import { describe, expect, it } from 'vitest';
import type { LensDB } from '@/lib/db/db';
import { createListKeys } from '@/lib/list-memory/hashed-list-keys';
import { listKeyOf } from '@/lib/page-reading/list-key';
import { recordVisit } from '@/lib/list-memory/listing-visits';
import { loadTriageProgress, saveTriageProgress } from '@/lib/list-memory/triage-progress';
import { freshDb } from '../../helpers/packs';

const SEARCH = 'https://arxiv.org/search/?query=my+private+topic&searchtype=all';
const OTHER_SEARCH = 'https://arxiv.org/search/?query=another+topic&searchtype=all';
const LISTING = 'https://arxiv.org/list/cs.LG/new';
const MORNING = new Date(2026, 11, 7, 9, 0).getTime();

/** Everything the database holds, as text: what anyone reading the profile's files could find. */
async function everything(db: LensDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

describe('list keys as stored', () => {
  it('keep no search text, and still tell one search from another', async () => {
    const db = await freshDb();
    const keys = createListKeys(db);
    await recordVisit(db, await keys.keyOf(SEARCH), MORNING);
    await saveTriageProgress(db, await keys.keyOf(SEARCH), { currentId: '2406.07550', position: 2 }, MORNING);
    const stored = await everything(db);
    expect(stored).not.toContain('private');
    expect(stored).not.toContain('search');
    expect(await keys.keyOf(`${SEARCH}&start=50`)).toBe(await keys.keyOf(SEARCH));
    expect(await keys.keyOf(OTHER_SEARCH)).not.toBe(await keys.keyOf(SEARCH));
    expect(await loadTriageProgress(db, await keys.keyOf(SEARCH), MORNING)).toEqual({ currentId: '2406.07550', position: 2 });
  });

  it('are the same after the background restarts, and another install keys the same list otherwise', async () => {
    const db = await freshDb();
    const first = await createListKeys(db).keyOf(LISTING);
    expect(await createListKeys(db).keyOf(LISTING)).toBe(first);
    expect(await createListKeys(await freshDb()).keyOf(LISTING)).not.toBe(first);
  });
});

describe('list keys an earlier version stored in clear', () => {
  it('are hashed at the first key asked for: the visit and triage carry on, the search text is gone', async () => {
    const db = await freshDb();
    await recordVisit(db, listKeyOf(SEARCH), MORNING - 3 * 60 * 60 * 1000);
    await saveTriageProgress(db, listKeyOf(SEARCH), { currentId: '2406.07550', position: 4 }, MORNING);
    await recordVisit(db, listKeyOf(LISTING), MORNING);
    expect(await everything(db)).toContain('private');

    const keys = createListKeys(db);
    const visit = await recordVisit(db, await keys.keyOf(SEARCH), MORNING);
    expect(visit.previousStartedAt).toBe(MORNING - 3 * 60 * 60 * 1000);
    expect(await loadTriageProgress(db, await keys.keyOf(SEARCH), MORNING)).toEqual({ currentId: '2406.07550', position: 4 });
    expect((await recordVisit(db, await keys.keyOf(LISTING), MORNING + 1000)).startedAt).toBe(MORNING);
    const stored = await everything(db);
    expect(stored).not.toContain('private');
    expect(stored).not.toContain('arxiv.org');
    expect(await db.listingVisits.count()).toBe(2);
  });

  it('give way to a record already kept under the hashed key', async () => {
    const db = await freshDb();
    await recordVisit(db, await createListKeys(db).keyOf(LISTING), MORNING);
    await recordVisit(db, listKeyOf(LISTING), MORNING - 24 * 60 * 60 * 1000);
    const restarted = createListKeys(db);
    expect(await db.listingVisits.get(await restarted.keyOf(LISTING))).toMatchObject({ startedAt: MORNING });
    expect(await db.listingVisits.count()).toBe(1);
  });
});
