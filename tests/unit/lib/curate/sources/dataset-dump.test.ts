import { describe, expect, it } from 'vitest';
import { datasetDump } from '@/lib/curate/sources/dataset-dump';
import { SEED_FILES, seed } from '../seeds';

describe('dataset dump parser on the real dump', () => {
  const result = datasetDump.parse(seed(SEED_FILES.datasetDump));

  // The seeds README says 93; the capture holds 100 rows, all with distinct ids.
  it('reads every row as a canonical id and an abstract, no title', () => {
    expect(result.entries).toHaveLength(100);
    expect(result.skipped).toEqual([]);
    expect(new Set(result.entries.map((e) => e.id)).size).toBe(100);
    expect(result.entries[0]).toMatchObject({ id: '2406.09415', abstract: expect.stringMatching(/^This work does not introduce a new method\./) });
    expect(result.entries.at(-1)!.id).toBe('2306.17806');
    for (const entry of result.entries) {
      expect(entry.title).toBeUndefined();
      expect(entry.summary).toBeUndefined();
      expect(entry.abstract!.length).toBeGreaterThan(400);
    }
  });

  it('drops the version of a versioned id', () => {
    const ids = result.entries.map((e) => e.id);
    expect(ids).toContain('2406.07522');
    expect(ids).toContain('2405.21060');
    expect(ids.some((id) => /v\d+$/.test(id!))).toBe(false);
  });

  it('skips a row whose abstract is missing, and says so', () => {
    const dump = 'arxiv_id\nstringlengths\n9\n12\nabstract\nstringlengths\n431\n13.8k\n2406.09415\n2405.20519\nAn abstract.';
    const parsed = datasetDump.parse(dump);
    expect(parsed.entries).toEqual([{ id: '2405.20519', abstract: 'An abstract.', tags: [] }]);
    expect(parsed.skipped).toEqual([{ entry: '2406.09415', reason: 'an arxiv_id with no abstract' }]);
  });
});
