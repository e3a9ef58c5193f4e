import { describe, expect, it } from 'vitest';
import { readAbstracts, writeAbstracts } from '@/lib/abstracts/abstract-cache';
import type { LensDB } from '@/lib/db/db';
import { dismiss, dismissedIds } from '@/lib/user-data/dismissed';
import { clearListHistory, LIST_HISTORY_DAYS, pruneListHistory } from '@/lib/list-memory/list-history';
import { recordVisit } from '@/lib/list-memory/listing-visits';
import { setNote } from '@/lib/user-data/notes';
import { savePaper, unsavePaper } from '@/lib/user-data/reading-list';
import { createSeenStore } from '@/lib/list-memory/seen';
import { loadTriageProgress, saveTriageProgress } from '@/lib/list-memory/triage-progress';
import { addUserTag } from '@/lib/user-data/user-tags';
import { freshDb } from '../../helpers/packs';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 11, 7, 9, 0).getTime();
const OLD = NOW - (LIST_HISTORY_DAYS + 1) * DAY;
const RECENT = NOW - (LIST_HISTORY_DAYS - 1) * DAY;
const OLD_LIST = 'h:old';
const RECENT_LIST = 'h:recent';

/** A list history with one of everything shown long ago and one shown lately, and the user's own papers. */
async function populated(): Promise<LensDB> {
  const db = await freshDb();
  const seen = createSeenStore(db);
  await seen.markSeen(['2006.00001'], OLD);
  await seen.markSeen(['2606.00001'], RECENT);
  await recordVisit(db, OLD_LIST, OLD);
  await recordVisit(db, RECENT_LIST, RECENT);
  await saveTriageProgress(db, OLD_LIST, { currentId: '2006.00001', position: 1 }, OLD);
  await saveTriageProgress(db, RECENT_LIST, { currentId: '2606.00001', position: 2 }, RECENT);
  await dismiss(db, '2006.00002', OLD);
  await dismiss(db, '2606.00002', RECENT);
  await writeAbstracts(db, new Map([['2006.00001', { text: 'An old abstract.' }]]), OLD);
  await writeAbstracts(db, new Map([['2606.00001', { text: 'A recent abstract.' }]]), RECENT);
  await savePaper(db, '2006.00001', 'Saved long ago', OLD);
  await savePaper(db, '2006.00003', 'Removed long ago', OLD);
  await unsavePaper(db, '2006.00003', OLD);
  await addUserTag(db, '2006.00001', 'kept', OLD);
  await setNote(db, '2006.00001', 'Still mine.', OLD);
  return db;
}

/** What a list page would be told of the papers, when asked at `now`. */
async function seenNow(db: LensDB, ids: string[]) {
  return [...(await createSeenStore(db).seenBefore(ids, NOW))].sort();
}

/** The user's own data, as it must stay. */
const userData = (db: LensDB) => Promise.all([db.readingList.toArray(), db.userTags.toArray(), db.notes.toArray(), db.tombstones.toArray()]);

describe('the list history is kept for its retention', () => {
  it('forgets what is older than the retention and keeps what is newer', async () => {
    const db = await populated();
    const mine = await userData(db);
    await pruneListHistory(db, NOW);
    expect(await seenNow(db, ['2006.00001', '2606.00001'])).toEqual(['2606.00001']);
    expect((await db.listingVisits.toArray()).map((visit) => visit.listKey)).toEqual([RECENT_LIST]);
    expect(await loadTriageProgress(db, OLD_LIST, OLD)).toBeUndefined();
    expect(await loadTriageProgress(db, RECENT_LIST, RECENT)).toEqual({ currentId: '2606.00001', position: 2 });
    expect([...(await dismissedIds(db))]).toEqual(['2606.00002']);
    expect([...(await readAbstracts(db, ['2006.00001', '2606.00001'], RECENT)).keys()]).toEqual(['2606.00001']);
    expect(await userData(db)).toEqual(mine);
  });

  it('a visit still going on keeps its list, however long ago it started', async () => {
    const db = await freshDb();
    await recordVisit(db, OLD_LIST, OLD);
    await db.listingVisits.update(OLD_LIST, { lastAt: RECENT });
    await pruneListHistory(db, NOW);
    expect(await db.listingVisits.count()).toBe(1);
  });
});

describe('"Clear list history"', () => {
  it('forgets every paper seen, every visit, triage, "not interested" and abstract, and nothing of the reading list, tags or notes', async () => {
    const db = await populated();
    const mine = await userData(db);
    await clearListHistory(db);
    expect(await seenNow(db, ['2006.00001', '2606.00001'])).toEqual([]);
    expect(await db.listingVisits.count()).toBe(0);
    expect(await loadTriageProgress(db, RECENT_LIST, RECENT)).toBeUndefined();
    expect(await dismissedIds(db)).toEqual(new Set());
    expect((await readAbstracts(db, ['2006.00001', '2606.00001'], RECENT)).size).toBe(0);
    expect(mine.map((rows) => rows.length)).toEqual([1, 1, 1, 1]);
    expect(await userData(db)).toEqual(mine);
  });
});
