import { describe, expect, it } from 'vitest';
import { loadTriageProgress, saveTriageProgress } from '@/lib/list-memory/triage-progress';
import { freshDb } from '../../helpers/packs';

const MORNING = new Date(2026, 0, 5, 8, 0).getTime();
const HOUR = 60 * 60 * 1000;
const LISTING = 'https://arxiv.org/list/cs.LG/new';

describe('triage progress', () => {
  it('a reload or a later visit the same day resumes where the walk stopped', async () => {
    const db = await freshDb();
    await saveTriageProgress(db, LISTING, { currentId: '2601.00001', position: 36 }, MORNING);
    await saveTriageProgress(db, LISTING, { currentId: '2601.00007', position: 37 }, MORNING + 1000);
    expect(await loadTriageProgress(db, LISTING, MORNING + 1000)).toEqual({ currentId: '2601.00007', position: 37 });
    expect(await loadTriageProgress(db, LISTING, MORNING + 15 * HOUR)).toEqual({ currentId: '2601.00007', position: 37 });
  });

  it('a later day starts fresh', async () => {
    const db = await freshDb();
    await saveTriageProgress(db, LISTING, { currentId: '2601.00007', position: 37 }, MORNING);
    expect(await loadTriageProgress(db, LISTING, MORNING + 16 * HOUR + 1)).toBeUndefined();
  });

  it('each listing keeps its own, one record each', async () => {
    const db = await freshDb();
    await saveTriageProgress(db, LISTING, { currentId: '2601.00007', position: 37 }, MORNING);
    await saveTriageProgress(db, 'https://arxiv.org/list/math.AG/new', { currentId: '2601.00100', position: 2 }, MORNING);
    expect(await loadTriageProgress(db, LISTING, MORNING)).toEqual({ currentId: '2601.00007', position: 37 });
    expect(await loadTriageProgress(db, 'https://arxiv.org/list/hep-th/new', MORNING)).toBeUndefined();
    expect(await db.triageProgress.count()).toBe(2);
  });
});
