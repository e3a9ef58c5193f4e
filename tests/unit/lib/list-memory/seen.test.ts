import { describe, expect, it } from 'vitest';
import { recordVisit, VISIT_GAP_MS } from '@/lib/list-memory/listing-visits';
import { createSeenStore } from '@/lib/list-memory/seen';
import { packKeys, seenKey, unpackKeys, type SeenKey } from '@/lib/list-memory/seen-codec';
import { SeenIndex } from '@/lib/list-memory/seen-index';
import { freshDb } from '../../helpers/packs';

const MORNING = new Date(2026, 0, 5, 8, 0).getTime();
const MINUTE = 60_000;
const LISTING = 'https://arxiv.org/list/cs.LG/new';

/** A page load as the background sees it: the visit it belongs to, the page's papers marked, the seen ones answered. */
async function load(db: Awaited<ReturnType<typeof freshDb>>, store: ReturnType<typeof createSeenStore>, listKey: string, ids: string[], now: number) {
  const visit = await recordVisit(db, listKey, now);
  const seen = await store.seenBefore(ids, visit.startedAt);
  await store.markSeen(ids, now);
  return [...seen].sort();
}

/** `count` distinct new-style ids of one month, from a given number. */
const idsOf = (month: string, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${month}.${String(from + i).padStart(5, '0')}`);

describe('papers seen before', () => {
  it('nothing on a first visit, nor on a reload of it; what it showed, on a later visit', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    const monday = ['2601.00001', '2601.00002', 'hep-th/9901001'];
    expect(await load(db, store, LISTING, monday, MORNING)).toEqual([]);
    expect(await load(db, store, LISTING, monday, MORNING + 20 * MINUTE)).toEqual([]);
    const tuesday = ['2601.00002', '2601.00003', 'hep-th/9901001'];
    expect(await load(db, store, LISTING, tuesday, MORNING + 24 * 60 * MINUTE)).toEqual(['2601.00002', 'hep-th/9901001']);
  });

  it('an evening visit the same day sees what the morning showed', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    await load(db, store, LISTING, ['2601.00001'], MORNING);
    expect(await load(db, store, LISTING, ['2601.00001', '2601.00009'], MORNING + VISIT_GAP_MS + MINUTE)).toEqual(['2601.00001']);
  });

  it('a paper shown on one listing is seen before on another visited later', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    await load(db, store, LISTING, ['2601.00001'], MORNING);
    expect(await load(db, store, 'https://arxiv.org/list/stat.ML/new', ['2601.00001', '2601.00004'], MORNING + 10 * MINUTE)).toEqual(['2601.00001']);
  });

  it('answers each paper its first-seen moment, the first one kept', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    await store.markSeen(['2601.00001'], MORNING);
    const firstSeen = await store.markSeen(['2601.00001', '2601.00002', '2601.00002'], MORNING + MINUTE);
    expect(firstSeen).toEqual(
      new Map([
        ['2601.00001', MORNING],
        ['2601.00002', MORNING + MINUTE],
      ]),
    );
  });

  it('ignores text that is no canonical arXiv id, and never mistakes it for one', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    const firstSeen = await store.markSeen(
      ['0704.0001', '', 'not an id', '2601.00001v2', 'arXiv:2601.00001', '0704.00001', '2613.00001', 'math.GT/0309136'],
      MORNING,
    );
    expect([...firstSeen.keys()]).toEqual(['0704.0001']);
    expect(await store.size()).toBe(1);
    expect([...(await store.seenBefore(['0704.00001', '0704.0001', 'nonsense', ''], MORNING + 1))]).toEqual(['0704.0001']);
  });

  it('keeps one record per day however many loads, and answers the same after a restart', async () => {
    const db = await freshDb();
    const first = createSeenStore(db);
    await first.markSeen(['2601.00001', 'cond-mat/0408502'], MORNING);
    await first.markSeen(['2601.00002'], MORNING + MINUTE);
    await first.markSeen(['2601.00001'], MORNING + 2 * MINUTE);
    await first.markSeen(['2601.00003'], MORNING + 24 * 60 * MINUTE);
    expect(await db.seenDays.toArray()).toEqual([
      {
        day: '2026-01-05',
        batches: [
          { at: MORNING, ids: packKeys([seenKey('2601.00001'), 'cond-mat/0408502']) },
          { at: MORNING + MINUTE, ids: packKeys([seenKey('2601.00002')]) },
        ],
      },
      { day: '2026-01-06', batches: [{ at: MORNING + 24 * 60 * MINUTE, ids: packKeys([seenKey('2601.00003')]) }] },
    ]);
    const restarted = createSeenStore(db);
    const all = ['2601.00001', 'cond-mat/0408502', '2601.00002', '2601.00003'];
    expect(await restarted.markSeen(all, MORNING + 48 * 60 * MINUTE)).toEqual(await first.markSeen(all, MORNING + 48 * 60 * MINUTE));
    expect([...(await restarted.seenBefore(all, MORNING + 1))]).toEqual(['2601.00001', 'cond-mat/0408502']);
  });

  it('stores a paper once when two pages show it at the same moment', async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    await Promise.all([store.markSeen(['2601.00001', '2601.00002'], MORNING), store.markSeen(['2601.00002', '2601.00003'], MORNING)]);
    const stored: SeenKey[] = [];
    for (const day of await db.seenDays.toArray()) for (const batch of day.batches) unpackKeys(batch.ids, (key) => stored.push(key));
    expect(stored.sort()).toEqual(['2601.00001', '2601.00002', '2601.00003'].map(seenKey).sort());
  });

  it('holds a year of daily listings, 500,000 papers, through a restart', { timeout: 60_000 }, async () => {
    const db = await freshDb();
    const store = createSeenStore(db);
    const perDay = 500_000 / 250;
    const all: string[] = [];
    for (let day = 0; day < 250; day++) {
      const ids = idsOf(`25${String(1 + Math.floor(day / 21)).padStart(2, '0')}`, 1 + (day % 21) * perDay, perDay);
      all.push(...ids);
      await store.markSeen(ids, MORNING + day * 24 * 60 * MINUTE);
    }
    expect(new Set(all).size).toBe(500_000);
    expect(await db.seenDays.count()).toBe(250);
    const restarted = createSeenStore(db);
    expect(await restarted.size()).toBe(500_000);
    expect((await restarted.seenBefore(all, MORNING + 250 * 24 * 60 * MINUTE)).size).toBe(500_000);
    expect((await restarted.seenBefore(idsOf('2601', 1, 2000), Infinity)).size).toBe(0);
  });
});

describe('the packed form of seen ids', () => {
  it('gives back every key, numbers in order, strings after', () => {
    const keys = ['2601.00007', '1412.9999', 'hep-th/9901001', '2601.00001', '0704.0001', 'math/0309136'].map(seenKey);
    const back: SeenKey[] = [];
    unpackKeys(packKeys(keys), (key) => back.push(key));
    expect(back).toEqual(['0704.0001', '1412.9999', '2601.00001', '2601.00007', 'hep-th/9901001', 'math/0309136'].map(seenKey));
    unpackKeys(packKeys([]), () => expect.unreachable());
  });

  it('takes a character or two per paper of a daily listing', () => {
    const day = idsOf('2601', 12_000, 1500).filter((_, i) => i % 3 === 0);
    expect(packKeys(day.map(seenKey)).length / day.length).toBeLessThan(2.1);
  });
});

describe('the in-memory index of seen papers', () => {
  const key = (id: string) => seenKey(id);

  it('answers the first batch that showed each paper, and nothing for its neighbours', () => {
    const index = SeenIndex.fromPacked([
      packKeys(['2601.00002', 'hep-th/9901001'].map(key)),
      packKeys(['2601.00002', '2601.00004', 'hep-th/9901001'].map(key)),
    ]);
    expect(index.size).toBe(3);
    expect(['2601.00002', '2601.00004', 'hep-th/9901001'].map((id) => index.batchOf(key(id)))).toEqual([0, 1, 0]);
    expect(['2601.00001', '2601.00003', '2601.00005', 'hep-th/9901002'].map((id) => index.batchOf(key(id)))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('takes new papers in among the ones it holds', () => {
    const index = SeenIndex.fromPacked([packKeys(['2601.00002', '2601.00004'].map(key))]);
    index.add(['2601.00005', '2601.00001', '2601.00003', 'math/0309136'].map(key), 1);
    expect(['2601.00001', '2601.00002', '2601.00003', '2601.00004', '2601.00005', 'math/0309136'].map((id) => index.batchOf(key(id)))).toEqual([
      1, 0, 1, 0, 1, 1,
    ]);
    expect(new SeenIndex().batchOf(key('2601.00001'))).toBeUndefined();
  });
});
