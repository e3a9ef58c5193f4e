import { describe, expect, it } from 'vitest';
import { dismiss, dismissedIds, undismiss } from '@/lib/user-data/dismissed';
import { freshDb } from '../../helpers/packs';

describe('papers marked not interested', () => {
  it('are remembered, and an undo brings one back with its record kept, dated', async () => {
    const db = await freshDb();
    expect(await dismiss(db, '2601.00001', 1)).toBe(true);
    expect(await dismiss(db, 'hep-th/9901001', 2)).toBe(true);
    expect(await dismissedIds(db)).toEqual(new Set(['2601.00001', 'hep-th/9901001']));
    expect(await undismiss(db, '2601.00001', 3)).toBe(true);
    expect(await dismissedIds(db)).toEqual(new Set(['hep-th/9901001']));
    expect(await db.dismissed.get('2601.00001')).toEqual({ id: '2601.00001', dismissed: false, updatedAt: 3 });
  });

  it('dismissing again after an undo hides the paper again', async () => {
    const db = await freshDb();
    await dismiss(db, '2601.00001', 1);
    await undismiss(db, '2601.00001', 2);
    await dismiss(db, '2601.00001', 3);
    expect(await dismissedIds(db)).toEqual(new Set(['2601.00001']));
  });

  it('an undo of what was never dismissed changes nothing', async () => {
    const db = await freshDb();
    expect(await undismiss(db, '2601.00001', 1)).toBe(false);
    await dismiss(db, '2601.00002', 1);
    await undismiss(db, '2601.00002', 2);
    expect(await undismiss(db, '2601.00002', 3)).toBe(false);
    expect(await db.dismissed.toArray()).toEqual([{ id: '2601.00002', dismissed: false, updatedAt: 2 }]);
  });

  it('text that is no arXiv id is not stored', async () => {
    const db = await freshDb();
    for (const id of ['', 'not an id', '2601.00001v2', 'arXiv:2601.00001']) expect(await dismiss(db, id)).toBe(false);
    expect(await db.dismissed.count()).toBe(0);
  });
});
