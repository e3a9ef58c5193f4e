import { describe, expect, it } from 'vitest';
import { weeklySummaries } from '@/lib/curate/sources/weekly-summaries';
import { SEED_FILES, seed } from '../seeds';

describe('weekly summaries parser on the real May 11, 2024 issue', () => {
  const result = weeklySummaries.parse(seed(SEED_FILES.weeklySummaries));

  // The seeds README says 20; the capture has 17 `# Title` headings, as the tsv has 17 of its titles.
  it('reads every `# Title` heading with its summary and the issue date', () => {
    expect(result.entries).toHaveLength(17);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.entries[0]!.title).toBe('You Only Cache Once - Decoder-Decoder Architectures for Language Models');
    expect(result.entries.at(-1)!.title).toBe(
      'Exploring the Frontiers of Softmax - Provable Optimization, Applications in Diffusion Model, and Beyond',
    );
    for (const entry of result.entries) expect(entry.summary!.date).toEqual({ year: 2024, month: 5, day: 11 });
  });

  it('keeps multi-paragraph summaries whole and stops at the sign-off', () => {
    const splatting = result.entries.find((e) => e.title?.startsWith('Gaussian Splatting'))!.summary!.text;
    expect(splatting.split('\n\n')).toHaveLength(7);
    const last = result.entries.at(-1)!.summary!.text;
    expect(last).toMatch(/natural language processing and generative modeling\.$/);
    expect(last).not.toMatch(/Thanks for reading|youtube/);
  });
});
