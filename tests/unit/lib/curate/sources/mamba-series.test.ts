import { describe, expect, it } from 'vitest';
import { mambaSeries } from '@/lib/curate/sources/mamba-series';
import { SEED_FILES, seed } from '../seeds';

describe('Mamba series parser on the real article', () => {
  const result = mambaSeries.parse(seed(SEED_FILES.mambaSeries));

  it('reads the eight headed sections, by heading, with no title or id of their own', () => {
    expect(result.entries.map((e) => e.heading)).toEqual([
      'Mamba',
      'Mamba MOE',
      'MambaByte MOE',
      'Self-reward fine-tuning',
      'CASCADE',
      'LASER (LAyer-SElective Rank Reduction)',
      'AQLM (Additive Quantization for Language Models)',
      'DRUGS (Deep Random micro-Glitch Sampling)',
    ]);
    for (const entry of result.entries) {
      expect(entry.title).toBeUndefined();
      expect(entry.id).toBeUndefined();
    }
    expect(result.skipped).toEqual([]);
  });

  it('takes every paragraph of a section and stops at the conclusion', () => {
    const cascade = result.entries.find((e) => e.heading === 'CASCADE')!.summary!.text;
    expect(cascade.split('\n\n')).toHaveLength(4);
    expect(cascade).toMatch(/^A unique technique called Cascade Speculative Drafting/);
    const last = result.entries.at(-1)!.summary!.text;
    expect(last).toMatch(/originality, and compression\.$/);
    expect(last).not.toMatch(/Conclusion|Tanya|Telegram/);
  });

  it('does not take the intro paragraph for an item', () => {
    const all = result.entries.map((e) => e.summary!.text).join('\n');
    expect(all).not.toContain('Big Brain');
  });
});
