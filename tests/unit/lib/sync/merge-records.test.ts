import { describe, expect, it } from 'vitest';
import { READING_STATES } from '@/lib/paper/reading-states';
import { FORGET_AFTER_MS, PART, mergeRecords, mergeSnapshots } from '@/lib/sync/merge-records';
import { type SyncRecord, savedPart, syncRecord, toSyncPrecision } from '@/lib/sync/model';
import { DAY, T0, at } from './browsers';

const ID = '2405.20519';
const record = (parts: Omit<SyncRecord, 'id'>) => syncRecord(ID, parts);

describe('merging one paper', () => {
  it('settles each part on its own: a newer state here and newer tags there both survive', () => {
    const local = record({ saved: savedPart(at(1), 'reading', at(10), 'T'), tags: { list: ['a'], updatedAt: at(5) } });
    const remote = record({
      saved: savedPart(at(1), 'to-read', at(1), 'T'),
      tags: { list: ['a', 'b'], updatedAt: at(11) },
      note: { text: 'n', updatedAt: at(3) },
    });
    expect(mergeRecords(local, remote)).toEqual(
      record({
        saved: savedPart(at(1), 'reading', at(10), 'T'),
        tags: { list: ['a', 'b'], updatedAt: at(11) },
        note: { text: 'n', updatedAt: at(3) },
      }),
    );
  });

  it('a removal beats an older entry and loses to a newer one', () => {
    const removed = record({ removedAt: at(8) });
    expect(mergeRecords(record({ saved: savedPart(at(1), 'done', at(5)) }), removed)).toEqual(removed);
    const savedAgain = record({ saved: savedPart(at(9), 'to-read', at(9)) });
    expect(mergeRecords(removed, savedAgain)).toEqual(savedAgain);
  });

  it('a removal wins a tie with an entry changed in the same second', () => {
    const removed = record({ removedAt: at(8) + 700 });
    const saved = record({ saved: savedPart(at(1), 'done', at(8) + 200) });
    expect(mergeRecords(saved, removed)?.removedAt).toBe(at(8) + 700);
    expect(mergeRecords(removed, saved)?.removedAt).toBe(at(8) + 700);
  });

  it('keeps this browser’s full title over the shortened copy the sync area holds', () => {
    const full = `A title that runs on ${'and on '.repeat(20)}`;
    const local = record({ saved: savedPart(at(1), 'to-read', at(1), full) });
    const remote = toSyncPrecision(record({ saved: savedPart(at(1), 'done', at(4), full) }));
    expect(mergeRecords(local, remote)?.saved).toEqual(savedPart(at(1), 'done', at(4), full));
  });

  it('fills in a title this browser did not have', () => {
    const local = record({ saved: savedPart(at(1), 'reading', at(4)) });
    const remote = record({ saved: savedPart(at(1), 'to-read', at(1), 'Mamba') });
    expect(mergeRecords(local, remote)?.saved).toEqual(savedPart(at(1), 'reading', at(4), 'Mamba'));
  });

  it('gives both browsers the same result whichever is local, ties within a second included', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const when = () => at(random(3)) + random(1000);
    const randomRecord = () =>
      record({
        saved: random(3) ? savedPart(at(0), READING_STATES[random(3)]!, when(), ['', 'T', 'U'][random(3)]) : undefined,
        removedAt: random(3) === 0 ? when() : undefined,
        tags: random(2) ? { list: [['x'], ['y'], []][random(3)]!, updatedAt: when() } : undefined,
        note: random(2) ? { text: ['', 'p', 'q'][random(3)]!, updatedAt: when() } : undefined,
      });
    for (let i = 0; i < 500; i++) {
      const a = randomRecord();
      const b = randomRecord();
      const ab = mergeRecords(a, b);
      const ba = mergeRecords(b, a);
      expect(ab && toSyncPrecision(ab)).toEqual(ba && toSyncPrecision(ba));
    }
  });
});

describe('forgetting', () => {
  const now = T0 + 200 * DAY;
  const rules = { forgetBefore: now - FORGET_AFTER_MS };

  it('forgets removals, emptied tag lists and cleared notes older than 90 days, never what the user kept', () => {
    const old = T0;
    expect(mergeRecords(record({ removedAt: old }), undefined, rules)).toBeUndefined();
    expect(mergeRecords(record({ tags: { list: [], updatedAt: old }, note: { text: '', updatedAt: old } }), undefined, rules)).toBeUndefined();
    const kept = record({ saved: savedPart(old, 'to-read', old), tags: { list: ['x'], updatedAt: old }, note: { text: 'n', updatedAt: old } });
    expect(mergeRecords(kept, undefined, rules)).toEqual(kept);
    const recent = record({ removedAt: now - DAY });
    expect(mergeRecords(recent, undefined, rules)).toEqual(recent);
  });

  it('drops a part the remote copy forgot only if this browser shared it and has not changed it since', () => {
    const lastSync = { at: at(100), parts: { [ID]: PART.membership | PART.tags } };
    const local = record({
      saved: savedPart(at(1), 'to-read', at(1)),
      tags: { list: ['x'], updatedAt: at(200) },
      note: { text: 'n', updatedAt: at(1) },
    });
    // Membership: shared, unchanged, gone → forgotten there. Tags: changed since. Note: never shared.
    expect(mergeRecords(local, undefined, { lastSync })).toEqual(
      record({ tags: { list: ['x'], updatedAt: at(200) }, note: { text: 'n', updatedAt: at(1) } }),
    );
    expect(mergeRecords(local, undefined)).toEqual(local);
  });
});

describe('merging snapshots', () => {
  it('reports which papers change here and which change in the sync area', () => {
    const local = new Map([
      ['a', syncRecord('a', { saved: savedPart(at(1), 'done', at(5)) })],
      ['b', syncRecord('b', { saved: savedPart(at(1), 'to-read', at(1)) })],
    ]);
    const remote = new Map([
      ['b', syncRecord('b', { saved: savedPart(at(1), 'to-read', at(1)) })],
      ['c', syncRecord('c', { removedAt: at(2) })],
    ]);
    const { merged, localChanges, remoteChanges } = mergeSnapshots(local, remote);
    expect([...merged.keys()]).toEqual(['a', 'b', 'c']);
    expect(localChanges).toEqual(['c']);
    expect(remoteChanges).toEqual(['a']);
  });

  it('a difference finer than the sync area’s whole seconds is no change', () => {
    const local = new Map([['a', syncRecord('a', { note: { text: 'n', updatedAt: at(5) + 432 } })]]);
    const remote = new Map([['a', syncRecord('a', { note: { text: 'n', updatedAt: at(5) } })]]);
    const { localChanges, remoteChanges } = mergeSnapshots(local, remote);
    expect([localChanges, remoteChanges]).toEqual([[], []]);
  });
});
