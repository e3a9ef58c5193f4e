import { beforeEach, describe, expect, it } from 'vitest';
import { setNote } from '@/lib/user-data/notes';
import { savePaper, setReadingState, unsavePaper } from '@/lib/user-data/reading-list';
import { addUserTag } from '@/lib/user-data/user-tags';
import { META_KEY, SYNC_QUOTA, isChunkKey } from '@/lib/sync/encoding';
import { syncEnabled } from '@/lib/sync/sync-state';
import { DAY, T0, at, simulatedBrowser, testClock, userData } from './browsers';
import { chromeItemBytes, createSyncArea } from './sync-area';

async function setup(...names: string[]) {
  const clock = testClock();
  const area = createSyncArea(clock.now);
  const browsers = await Promise.all(names.map((name) => simulatedBrowser(name, area, clock)));
  return { clock, area, browsers };
}

const paperId = (n: number) => `2401.${String(n).padStart(5, '0')}`;

beforeEach(async () => {
  await syncEnabled.setValue(true);
});

describe('two browsers of one user', () => {
  it('a paper saved on one browser appears on the other', async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'Diffusion On Syntax Trees For Program Synthesis', at(1));
    expect(await a!.sync(at(2))).toEqual({ status: 'ok', pulled: 0, pushed: 1 });

    expect(await b!.sync(at(3))).toEqual({ status: 'ok', pulled: 1, pushed: 0 });
    expect(await b!.db.readingList.get('2405.20519')).toEqual({
      id: '2405.20519',
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      addedAt: at(1),
      updatedAt: at(1),
      state: 'to-read',
    });
  });

  it("a state changed on another browser keeps the version this one saved the paper at (its 'v3 available')", async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'Diffusion', at(1), 1);
    await a!.sync(at(2));
    await b!.sync(at(3));
    await setReadingState(b!.db, '2405.20519', 'reading', at(4));
    await b!.sync(at(5));
    await a!.sync(at(6));
    expect(await a!.db.readingList.get('2405.20519')).toMatchObject({ state: 'reading', version: 1 });
  });

  it('edits of the same paper on both browsers all survive, and both end up identical', async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'Diffusion On Syntax Trees', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));

    await setReadingState(a!.db, '2405.20519', 'reading', at(10));
    await addUserTag(b!.db, '2405.20519', 'program synthesis', at(11));
    await setNote(a!.db, '2405.20519', 'Compare with the tree-edit baseline.', at(12));

    await a!.sync(at(13));
    await b!.sync(at(14));
    await a!.sync(at(15));
    await b!.sync(at(16));

    const onA = await userData(a!.db);
    expect(onA).toEqual(await userData(b!.db));
    expect(onA.readingList).toEqual([{ id: '2405.20519', title: 'Diffusion On Syntax Trees', addedAt: at(1), updatedAt: at(10), state: 'reading' }]);
    expect(onA.tags).toEqual([{ paperId: '2405.20519', tags: ['program synthesis'], updatedAt: at(11) }]);
    expect(onA.notes).toEqual([{ paperId: '2405.20519', text: 'Compare with the tree-edit baseline.', updatedAt: at(12) }]);
  });

  it('a paper removed on one browser is removed on the others and stays removed', async () => {
    const {
      browsers: [a, b, c],
    } = await setup('A', 'B', 'C');
    await savePaper(a!.db, '2405.20519', 'Kept', at(1));
    await savePaper(a!.db, '2312.00752', 'Removed', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));
    await c!.sync(at(4));

    // B's own edit of the paper predates the removal: B's copy is stale.
    await setReadingState(b!.db, '2312.00752', 'reading', at(5));
    await unsavePaper(a!.db, '2312.00752', at(8));
    await a!.sync(at(9));

    await b!.sync(at(10));
    expect(await b!.db.readingList.get('2312.00752')).toBeUndefined();
    expect(await b!.db.tombstones.get('2312.00752')).toEqual({ id: '2312.00752', deletedAt: at(8) });
    await b!.sync(at(11));
    // C last synced before the removal and still lists the paper.
    await c!.sync(at(12));
    await a!.sync(at(13));

    for (const browser of [a!, b!, c!]) {
      expect((await browser.db.readingList.toArray()).map((entry) => entry.id)).toEqual(['2405.20519']);
    }
  });

  it('saving a removed paper again on another browser brings it back everywhere', async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2312.00752', 'Mamba', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));
    await unsavePaper(a!.db, '2312.00752', at(4));
    await a!.sync(at(5));
    await b!.sync(at(6));
    await savePaper(b!.db, '2312.00752', 'Mamba', at(7));
    await b!.sync(at(8));
    await a!.sync(at(9));
    expect(await a!.db.readingList.get('2312.00752')).toMatchObject({ addedAt: at(7), state: 'to-read' });
    expect(await a!.db.tombstones.count()).toBe(0);
  });

  it('the newer of two edits of the same field wins on both browsers, whichever syncs first', async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'T', at(1));
    await savePaper(a!.db, '2312.00752', 'M', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));

    // The newer edit syncs first on one paper, last on the other.
    await setReadingState(a!.db, '2405.20519', 'reading', at(20));
    await setReadingState(b!.db, '2405.20519', 'done', at(21));
    await setNote(b!.db, '2312.00752', 'older', at(20));
    await setNote(a!.db, '2312.00752', 'newer', at(21));
    await b!.sync(at(22));
    await a!.sync(at(23));
    await b!.sync(at(24));

    for (const browser of [a!, b!]) {
      expect((await browser.db.readingList.get('2405.20519'))!.state).toBe('done');
      expect((await browser.db.notes.get('2312.00752'))!.text).toBe('newer');
    }
  });

  it('two different edits within the same second settle on the same value everywhere', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'T', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));

    await setReadingState(a!.db, '2405.20519', 'reading', at(30) + 100);
    await setReadingState(b!.db, '2405.20519', 'done', at(30) + 900);
    await a!.sync(at(31));
    await b!.sync(at(32));
    await a!.sync(at(33));

    const state = (await a!.db.readingList.get('2405.20519'))!.state;
    expect((await b!.db.readingList.get('2405.20519'))!.state).toBe(state);
    const writes = area.writes().length;
    await b!.sync(at(34));
    await a!.sync(at(35));
    expect(area.writes()).toHaveLength(writes);
  });
});

describe('quotas', () => {
  it('a reading list too large for the sync area stays whole here, and nothing half-written reaches the others', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(b!.db, paperId(1), 'A paper B saved first', at(1));
    await b!.sync(at(2));
    const remoteBefore = area.items();

    await a!.db.readingList.bulkAdd(
      Array.from({ length: 5000 }, (_, n) => ({
        id: paperId(n),
        title: `Scaling laws for retrieval-augmented language models, part ${n}`,
        addedAt: at(n),
        updatedAt: at(n),
        state: 'to-read' as const,
      })),
    );
    const localBefore = await userData(a!.db);

    const result = await a!.sync(at(6000));
    expect(result).toMatchObject({ status: 'over-quota', papers: 5000 });
    if (result.status !== 'over-quota') return;
    expect(result.message).toMatch(
      /^Your reading list \(5000 papers\) is too large to sync through the browser \(about \d+ KB of 100 KB\)\. It keeps working in full on this browser\.$/,
    );
    expect(result.bytes).toBeGreaterThan(SYNC_QUOTA.QUOTA_BYTES);
    expect(await userData(a!.db)).toEqual(localBefore);
    expect(area.writes('A')).toEqual([]);
    expect(area.items()).toEqual(remoteBefore);
  });

  it('long titles, long notes and non-ASCII text are cut into items the browser accepts, and arrive whole', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    const longTitle = `Über „Quantenfelder“ <und> 量子场论: ${'a very long subtitle 🧪 '.repeat(12)}`;
    const note = 'Ergebnisse „überprüfen“ — 量子 🧪 "quoted" <tag> \\ line\n'.repeat(260);
    for (let n = 0; n < 20; n++) {
      await savePaper(a!.db, paperId(n), `${longTitle} ${n}`, at(1));
      if (n < 3) await setNote(a!.db, paperId(n), note, at(2));
    }
    expect(await a!.sync(at(3))).toMatchObject({ status: 'ok', pushed: 20 });

    const items = area.items();
    const chunks = Object.keys(items).filter(isChunkKey);
    expect(chunks.length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(items)) expect(chromeItemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(await area.client('inspector').getBytesInUse(null)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);

    await b!.sync(at(4));
    expect((await b!.db.notes.get(paperId(0)))!.text).toBe(note);
    const title = (await b!.db.readingList.get(paperId(0)))!.title!;
    expect([...title]).toHaveLength(80);
    expect(title.startsWith('Über „Quantenfelder“ <und> 量子场论: a very long subtitle 🧪')).toBe(true);
    expect(title.endsWith('…')).toBe(true);

    // The browser the paper was saved on keeps its full title.
    await a!.sync(at(5));
    expect((await a!.db.readingList.get(paperId(0)))!.title).toBe(`${longTitle} 0`);
  });

  it('a chunk the engine filled, grown to the per-item quota by Chrome’s own count, is accepted there and refused one byte over', async () => {
    const {
      area,
      browsers: [a],
    } = await setup('A');
    await savePaper(a!.db, paperId(1), 'Notes on <Quantenfelder>', at(1));
    await setNote(a!.db, paperId(1), 'Ergebnisse <überprüfen>\u2028量子 🧪 "quoted" \\ line\n'.repeat(300), at(1));
    expect(await a!.sync(at(2))).toMatchObject({ status: 'ok' });

    const chunks = Object.entries(area.items()).filter(([key]) => isChunkKey(key)) as [string, string][];
    const [key, chunk] = chunks.reduce((biggest, item) => (chromeItemBytes(...item) > chromeItemBytes(...biggest) ? item : biggest));
    const room = SYNC_QUOTA.QUOTA_BYTES_PER_ITEM - chromeItemBytes(key, chunk);
    expect(room).toBeGreaterThan(0);
    expect(room).toBeLessThan(200);
    // Grown with more of what Chrome escapes and JavaScript's JSON does not, so a fake counting
    // UTF-8 alone would take the item one byte over as still fitting.
    const atQuota = `${chunk}${'<'.repeat(Math.floor(room / 6))}${'a'.repeat(room % 6)}`;
    expect(chromeItemBytes(key, atQuota)).toBe(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);

    const client = area.client('A');
    await client.set({ [key]: atQuota });
    expect(area.items()[key]).toBe(atQuota);
    await expect(client.set({ [key]: `${atQuota}a` })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(area.items()[key]).toBe(atQuota);
  });

  it('an edit rewrites only the chunk it falls in, and a sync with nothing new writes nothing', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    for (let n = 0; n < 400; n++) await savePaper(a!.db, paperId(n * 2), `Paper ${n}`, at(1));
    await a!.sync(at(2));
    const chunkCount = Object.keys(area.items()).filter(isChunkKey).length;
    expect(chunkCount).toBeGreaterThan(5);

    await b!.sync(at(3));
    expect(area.writes('B')).toEqual([]);
    expect(await b!.db.readingList.count()).toBe(400);

    await setReadingState(a!.db, paperId(300), 'done', at(10));
    await a!.sync(at(11));
    const stateChange = area.writes('A').at(-1)!;
    expect(area.writes('A')).toHaveLength(2);
    expect(stateChange.keys).toHaveLength(2);
    expect(stateChange.keys).toContain(META_KEY);

    await savePaper(a!.db, paperId(301), 'A paper between two others', at(12));
    await a!.sync(at(13));
    expect(area.writes('A')).toHaveLength(3);
    expect(area.writes('A').at(-1)!.keys.length).toBeLessThanOrEqual(3);

    await a!.sync(at(14));
    await b!.sync(at(15));
    await b!.sync(at(16));
    expect(area.writes()).toHaveLength(3);
    expect(await userData(b!.db)).toEqual(await userData(a!.db));
  });
});

describe('a broken or unfinished remote copy', () => {
  async function syncedPair() {
    const setupResult = await setup('A', 'B');
    const [a, b] = setupResult.browsers;
    for (let n = 0; n < 60; n++) await savePaper(a!.db, paperId(n), `Paper ${n}`, at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));
    return { ...setupResult, a: a!, b: b! };
  }

  it('a damaged chunk changes nothing on this browser, says so, and this browser’s data repairs it if it stays damaged', async () => {
    const { area, a, b } = await syncedPair();
    await addUserTag(b.db, paperId(7), 'to cite', at(10));
    await setReadingState(a.db, paperId(8), 'done', at(11));
    area.tamper((items) => {
      items['s:0'] = `${String(items['s:0']).slice(0, 40)}garbage`;
    });
    const before = await userData(b.db);

    const first = await b.sync(at(12));
    expect(first).toMatchObject({ status: 'remote-unreadable', reason: 'incomplete' });
    if (first.status === 'remote-unreadable') expect(first.message).toMatch(/nothing was changed on this browser/);
    expect(await userData(b.db)).toEqual(before);
    expect(area.writes('B')).toEqual([]);

    // Still broken a minute later: nothing is on its way, so B's copy replaces it.
    expect(await b.sync(at(72))).toMatchObject({ status: 'ok', pushed: 60 });
    await a.sync(at(73));
    await b.sync(at(74));

    expect(await userData(a.db)).toEqual(await userData(b.db));
    expect(await a.db.readingList.count()).toBe(60);
    expect((await a.db.userTags.get(paperId(7)))!.tags).toEqual(['to cite']);
    expect((await b.db.readingList.get(paperId(8)))!.state).toBe('done');
  });

  it('a copy still arriving (a chunk missing) is waited for, not overwritten', async () => {
    const { area, a, b } = await syncedPair();
    await savePaper(a.db, paperId(100), 'New on A', at(10));
    await a.sync(at(11));
    const arrived = area.items();
    const lastChunk = Object.keys(arrived).filter(isChunkKey).sort().at(-1)!;
    area.tamper((items) => {
      delete items[lastChunk];
    });

    expect(await b.sync(at(12))).toMatchObject({ status: 'remote-unreadable', reason: 'incomplete' });
    area.tamper((items) => {
      items[lastChunk] = arrived[lastChunk];
    });
    expect(await b.sync(at(13))).toMatchObject({ status: 'ok', pulled: 1, pushed: 0 });
    expect(await b.db.readingList.get(paperId(100))).toBeDefined();
  });

  it('a copy written by a newer version of the extension is never overwritten', async () => {
    const { area, b } = await syncedPair();
    area.tamper((items) => {
      items[META_KEY] = { ...(items[META_KEY] as object), version: 2 };
    });
    const before = await userData(b.db);
    for (const second of [10, 80, 150]) {
      const result = await b.sync(at(second));
      expect(result).toMatchObject({ status: 'remote-unreadable', reason: 'newer-version' });
    }
    expect(area.writes('B')).toEqual([]);
    expect(await userData(b.db)).toEqual(before);
  });
});

describe('forgetting old removals', () => {
  it('a removal is forgotten after 90 days without the paper coming back from a browser that was away', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2312.00752', 'Removed long ago', at(1));
    await savePaper(a!.db, '2405.20519', 'Kept', at(1));
    await a!.sync(at(2));
    await b!.sync(at(3));

    await unsavePaper(a!.db, '2312.00752', T0 + DAY);
    await a!.sync(T0 + DAY + 1000);
    await a!.sync(T0 + 100 * DAY);
    expect(await a!.db.tombstones.count()).toBe(0);
    expect(JSON.stringify(area.items())).not.toContain('2312.00752');

    // B has not synced since before the removal and still lists the paper.
    expect(await b!.db.readingList.get('2312.00752')).toBeDefined();
    await b!.sync(T0 + 101 * DAY);
    await a!.sync(T0 + 102 * DAY);
    for (const browser of [a!, b!]) {
      expect((await browser.db.readingList.toArray()).map((entry) => entry.id)).toEqual(['2405.20519']);
    }
  });

  it('a browser joining later with papers of its own shares them, however old they are', async () => {
    const {
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(a!.db, '2405.20519', 'From A', T0 + DAY);
    await a!.sync(T0 + 2 * DAY);
    await savePaper(b!.db, '1706.03762', 'Attention Is All You Need', T0 - 400 * DAY);

    await b!.sync(T0 + 200 * DAY);
    await a!.sync(T0 + 200 * DAY + 1000);
    expect((await a!.db.readingList.toArray()).map((entry) => entry.id).sort()).toEqual(['1706.03762', '2405.20519']);
  });
});

describe('the opt-in', () => {
  it('while sync is off nothing is read, written or changed', async () => {
    const {
      area,
      browsers: [a, b],
    } = await setup('A', 'B');
    await savePaper(b!.db, '2405.20519', 'T', at(1));
    await b!.sync(at(2));
    await syncEnabled.setValue(false);
    await savePaper(a!.db, '2312.00752', 'M', at(3));
    const before = await userData(a!.db);

    expect(await a!.sync(at(4))).toEqual({ status: 'disabled' });
    expect(area.log.filter((entry) => entry.client === 'A')).toEqual([]);
    expect(await userData(a!.db)).toEqual(before);

    await syncEnabled.setValue(true);
    expect(await a!.sync(at(5))).toMatchObject({ status: 'ok', pulled: 1, pushed: 1 });
  });
});
