import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savePaper, setReadingState } from '@/lib/user-data/reading-list';
import { SYNC_QUOTA } from '@/lib/sync/encoding';
import { SYNC_DEBOUNCE_MS, SYNC_MIN_INTERVAL_MS, createSyncEngine } from '@/lib/sync/engine';
import { syncEnabled } from '@/lib/sync/sync-state';
import { freshDb } from '../../helpers/packs';
import { T0 } from './browsers';
import { type SyncArea, createSyncArea, memoryCursor } from './sync-area';

const ID = '2405.20519';

async function browserOn(area: SyncArea, name: string) {
  const db = await freshDb();
  return { db, engine: createSyncEngine({ db, storage: area.client(name), now: () => Date.now(), cursor: memoryCursor() }) };
}

const syncsOf = (area: SyncArea, name: string) => area.log.filter((entry) => entry.client === name && entry.op === 'get');

beforeEach(async () => {
  await syncEnabled.setValue(true);
  // Only the engine's timers and clock: the fake IndexedDB keeps its real scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('syncing on changes', () => {
  it('another browser’s write brings its changes here shortly after; this browser’s own writes do not echo', async () => {
    const area = createSyncArea(() => Date.now());
    const a = await browserOn(area, 'A');
    const b = await browserOn(area, 'B');
    area.onChanged.addListener((changes, areaName) => {
      a.engine.handleRemoteChange(changes, areaName);
      b.engine.handleRemoteChange(changes, areaName);
    });

    await savePaper(a.db, ID, 'Diffusion On Syntax Trees', Date.now());
    expect(await a.engine.syncNow()).toMatchObject({ status: 'ok', pushed: 1 });
    await vi.advanceTimersByTimeAsync(SYNC_DEBOUNCE_MS);
    await vi.waitFor(async () => expect(await b.db.readingList.get(ID)).toBeDefined());

    await vi.advanceTimersByTimeAsync(SYNC_MIN_INTERVAL_MS * 4);
    expect(syncsOf(area, 'A')).toHaveLength(1);
    expect(syncsOf(area, 'B')).toHaveLength(1);

    b.engine.handleRemoteChange({ 's:0': { newValue: 'from another extension area' } }, 'local');
    await vi.advanceTimersByTimeAsync(SYNC_MIN_INTERVAL_MS * 2);
    expect(syncsOf(area, 'B')).toHaveLength(1);
  });

  it('nonstop editing syncs every 15 seconds at most, far under the write limits, and the last edit arrives', async () => {
    const area = createSyncArea(() => Date.now());
    const a = await browserOn(area, 'A');
    const b = await browserOn(area, 'B');
    await savePaper(a.db, ID, 'T', Date.now());

    const states = ['reading', 'done', 'to-read'] as const;
    for (let second = 1; second <= 180; second++) {
      await setReadingState(a.db, ID, states[second % 3]!, Date.now());
      a.engine.scheduleSync();
      await vi.advanceTimersByTimeAsync(1000);
    }
    await vi.advanceTimersByTimeAsync(SYNC_MIN_INTERVAL_MS);
    const last = (await a.db.readingList.get(ID))!.state;
    await vi.waitFor(async () => {
      await b.engine.syncNow();
      expect((await b.db.readingList.get(ID))!.state).toBe(last);
    });

    const syncs = syncsOf(area, 'A');
    expect(syncs.length).toBeGreaterThanOrEqual(180_000 / SYNC_MIN_INTERVAL_MS);
    expect(syncs.length).toBeLessThanOrEqual(180_000 / SYNC_MIN_INTERVAL_MS + 1);
    syncs.slice(1).forEach((sync, i) => expect(sync.at - syncs[i]!.at).toBeGreaterThanOrEqual(SYNC_MIN_INTERVAL_MS));
    const writes = area.writes('A');
    for (const write of writes) {
      const inMinute = writes.filter((other) => other.at >= write.at && other.at < write.at + 60_000);
      expect(inMinute.length).toBeLessThanOrEqual(8);
    }
    expect(writes.length).toBeLessThan(SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR / 20);
  });
});
