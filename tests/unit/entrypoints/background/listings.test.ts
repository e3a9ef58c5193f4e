import { beforeEach, describe, expect, it } from 'vitest';
import { listOpened, setupListings, triageProgressSaved } from '@/entrypoints/background/answers/listings';
import { dismiss } from '@/lib/user-data/dismissed';
import { db } from '@/lib/db/db';
import { clearListHistory, LIST_HISTORY_DAYS, pruneListHistory } from '@/lib/list-memory/list-history';
import { VISIT_GAP_MS } from '@/lib/list-memory/listing-visits';

const NEW = 'https://arxiv.org/list/cs.LG/new';
const DAY1 = ['2406.07550', '2406.08464', '2406.02543'];
const DAY2 = ['2406.09999', '2406.08464'];
const MORNING = new Date(2026, 11, 1, 9).getTime();

setupListings();

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('a list page as it opens', () => {
  it('nothing is seen on a first visit, a reload keeps it so, and the next visit sees what was shown', async () => {
    expect((await listOpened({ url: NEW, ids: DAY1 }, MORNING)).seenBefore).toEqual([]);
    expect((await listOpened({ url: `${NEW}?skip=0&show=2000`, ids: DAY1 }, MORNING + 60_000)).seenBefore).toEqual([]);
    const later = MORNING + 60_000 + VISIT_GAP_MS + 1;
    expect((await listOpened({ url: NEW, ids: DAY2 }, later)).seenBefore).toEqual(['2406.08464']);
  });

  it('papers seen on one list are seen on another', async () => {
    await listOpened({ url: NEW, ids: DAY1 }, MORNING);
    const answer = await listOpened({ url: 'https://arxiv.org/list/stat.ML/new', ids: ['2406.02543', '2406.11111'] }, MORNING + 600_000);
    expect(answer.seenBefore).toEqual(['2406.02543']);
  });

  it('tells which of its papers were set aside, and where triage stopped today', async () => {
    await dismiss(db, '2406.08464');
    await triageProgressSaved({ url: NEW, currentId: '2406.02543', position: 3 });
    const answer = await listOpened({ url: NEW, ids: DAY1 });
    expect(answer.dismissed).toEqual(['2406.08464']);
    expect(answer.triage).toEqual({ currentId: '2406.02543', position: 3 });
    expect((await listOpened({ url: 'https://arxiv.org/list/cs.CL/new', ids: DAY1 })).triage).toBeUndefined();
  });
});

describe('a list page after its history was forgotten', () => {
  it('sees nothing as seen before once the history is cleared', async () => {
    await listOpened({ url: NEW, ids: DAY1 }, MORNING);
    await clearListHistory(db);
    expect((await listOpened({ url: NEW, ids: DAY1 }, MORNING + 60_000)).seenBefore).toEqual([]);
  });

  it('sees again as new what was shown before the retention', async () => {
    await listOpened({ url: NEW, ids: DAY1 }, MORNING);
    const later = MORNING + (LIST_HISTORY_DAYS + 1) * 24 * 60 * 60 * 1000;
    await pruneListHistory(db, later);
    expect((await listOpened({ url: NEW, ids: DAY2 }, later)).seenBefore).toEqual([]);
  });
});
