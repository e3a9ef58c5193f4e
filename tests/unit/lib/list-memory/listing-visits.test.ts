import { describe, expect, it } from 'vitest';
import { recordVisit, VISIT_GAP_MS } from '@/lib/list-memory/listing-visits';
import { freshDb } from '../../helpers/packs';

const T0 = new Date(2026, 0, 5, 8, 0).getTime();
const LISTING = 'https://arxiv.org/list/cs.LG/new';

describe("a listing's visits", () => {
  it('loads within the gap of the last one are one visit, however long it lasts', async () => {
    const db = await freshDb();
    await recordVisit(db, LISTING, T0);
    await recordVisit(db, LISTING, T0 + VISIT_GAP_MS - 1);
    expect(await recordVisit(db, LISTING, T0 + 2 * VISIT_GAP_MS - 2)).toEqual({ listKey: LISTING, startedAt: T0, lastAt: T0 + 2 * VISIT_GAP_MS - 2 });
  });

  it('a load after the gap starts a new visit, which knows when the last one started', async () => {
    const db = await freshDb();
    await recordVisit(db, LISTING, T0);
    const later = T0 + VISIT_GAP_MS;
    expect(await recordVisit(db, LISTING, later)).toEqual({ listKey: LISTING, startedAt: later, lastAt: later, previousStartedAt: T0 });
  });

  it('each listing has its own visits', async () => {
    const db = await freshDb();
    await recordVisit(db, LISTING, T0);
    expect((await recordVisit(db, 'https://arxiv.org/list/math.AG/new', T0 + 1000)).startedAt).toBe(T0 + 1000);
  });

  it('a clock set back starts a new visit rather than one that never ends', async () => {
    const db = await freshDb();
    await recordVisit(db, LISTING, T0);
    expect((await recordVisit(db, LISTING, T0 - 1000)).startedAt).toBe(T0 - 1000);
  });
});
