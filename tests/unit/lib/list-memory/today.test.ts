import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { recordForYou, recordVisit } from '@/lib/list-memory/listing-visits';
import { savePaper } from '@/lib/user-data/reading-list';
import { idOfSeenKey, seenKey } from '@/lib/list-memory/seen-codec';
import { createSeenStore } from '@/lib/list-memory/seen';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { readToday } from '@/lib/list-memory/today';
import { saveTriageProgress } from '@/lib/list-memory/triage-progress';
import { makePack, text } from '../../helpers/packs';

const NOW = new Date(2026, 11, 1, 10).getTime();
const YESTERDAY = NOW - 24 * 60 * 60 * 1000;

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the popup's Today line", () => {
  it('is absent before any list is opened today', async () => {
    await recordVisit(db, 'arxiv.org/list/cs.LG/new', YESTERDAY);
    expect(await readToday(db, {}, NOW)).toBeNull();
  });

  it("counts today's new papers, and how many were triaged, saved, summarized and ranked for the user", async () => {
    await importBundledPack(db, text(makePack()));
    const seen = createSeenStore(db);
    await seen.markSeen(['2406.09279'], YESTERDAY);
    await recordVisit(db, 'arxiv.org/list/cs.LG/new', NOW);
    await seen.markSeen(['2406.09279', '2405.20519', '2406.07550', '2406.02543', 'hep-th/9901001'], NOW);
    await recordForYou(db, 'arxiv.org/list/cs.LG/new', 2);
    await saveTriageProgress(db, 'arxiv.org/list/cs.LG/new', { currentId: '2406.02543', position: 2 }, NOW);
    await savePaper(db, '2406.07550', 'A new one');
    expect(await readToday(db, {}, NOW)).toEqual({ listings: 1, fresh: 4, triaged: 2, saved: 1, summarized: 1, forYou: 2 });
  });

  it('reads every id back from its seen key, new and old style', () => {
    for (const id of ['0704.0001', '1412.9999', '1501.00001', '2406.07550', 'hep-th/9901001']) expect(idOfSeenKey(seenKey(id))).toBe(id);
  });
});
