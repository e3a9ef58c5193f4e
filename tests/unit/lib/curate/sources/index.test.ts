import { describe, expect, it } from 'vitest';
import { SEED_SOURCES } from '@/lib/curate/sources';
import { SEED_FILES, seed } from '../seeds';

describe('format detection', () => {
  it.each([
    [SEED_FILES.aiTimeline, 'AI Timeline'],
    [SEED_FILES.mambaSeries, 'Mamba series article'],
    [SEED_FILES.dailyPapers, 'Daily Papers'],
    [SEED_FILES.datasetDump, 'Abstracts dataset'],
    [SEED_FILES.weeklySummaries, 'Weekly AI Paper Summaries'],
  ])('recognises %s as %s and as nothing else', (file, name) => {
    const text = seed(file);
    expect(SEED_SOURCES.filter((source) => source.matches(text)).map((source) => source.name)).toEqual([name]);
  });

  it('recognises no format in text of another kind', () => {
    const text = '# Notes\n\nA list of papers about Mamba I want to read.\n\narxiv_id is a column name.';
    expect(SEED_SOURCES.filter((source) => source.matches(text))).toEqual([]);
  });
});
