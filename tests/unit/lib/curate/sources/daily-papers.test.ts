import { describe, expect, it } from 'vitest';
import { parseIdsTable } from '@/lib/curate/ids-table';
import { dailyPapers } from '@/lib/curate/sources/daily-papers';
import { SEED_FILES, seed } from '../seeds';

describe('Daily Papers parser on the real listing', () => {
  const result = dailyPapers.parse(seed(SEED_FILES.dailyPapers));
  const byTitle = (title: string) => result.entries.find((e) => e.title === title)!;

  it('reads the thirty entries with title, abstract and date', () => {
    expect(result.entries).toHaveLength(30);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    const first = result.entries[0]!;
    expect(first.title).toBe('Investigating the Impact of Model Complexity in Large Language Models');
    expect(first.abstract).toMatch(/^Large Language Models \(LLMs\) based on the pre-trained/);
    expect(first.published).toEqual({ year: 2024, month: 10, day: 1 });
    expect(first.summary).toBeUndefined();
    expect(result.entries.at(-1)!.title).toBe('Large Concept Models: Language Modeling in a Sentence Representation Space');
  });

  it('does not read an upvote count after the date as a year or a day', () => {
    expect(byTitle('Masked Audio Generation using a Single Non-Autoregressive Transformer').published).toEqual({ year: 2024, month: 1, day: 9 });
    expect(byTitle('A Survey on Diffusion Language Models').published).toEqual({ year: 2025, month: 8, day: 14 });
  });

  it('puts a yearless date in the year after the latest printed one', () => {
    expect(byTitle('A Markov Categorical Framework for Language Modeling').published).toEqual({ year: 2025, month: 7, day: 25 });
    expect(byTitle('UniGenX: Unified Generation of Sequence and Structure with Autoregressive Diffusion').published).toEqual({
      year: 2025,
      month: 3,
      day: 9,
    });
  });

  it('infers years that agree with the arXiv ids the tsv confirms', () => {
    const ids = parseIdsTable(seed('arxiv-ids.tsv'));
    const months = (year: number, month: number) => year * 12 + month;
    const checked = result.entries.flatMap((entry) => {
      const id = ids.byTitle(entry.title!)?.id;
      return id && entry.published ? [[entry.published, id] as const] : [];
    });
    expect(checked.length).toBe(11);
    for (const [published, id] of checked) {
      const idMonth = months(2000 + Number(id.slice(0, 2)), Number(id.slice(2, 4)));
      // Listed on the day it was submitted; the id takes the month it was announced, at most one later.
      expect(idMonth - months(published.year!, published.month)).toBeGreaterThanOrEqual(0);
      expect(idMonth - months(published.year!, published.month)).toBeLessThanOrEqual(1);
    }
  });

  it('leaves the published date out when no printed year tells the current one', () => {
    const listing = 'Daily Papers\n\nA Title\n\nAn abstract of the paper.\n\n  • 2 authors\n·\nJul 25';
    const only = dailyPapers.parse(listing);
    expect(only.entries).toEqual([{ title: 'A Title', abstract: 'An abstract of the paper.', tags: [] }]);
    expect(only.warnings).toHaveLength(1);
  });
});
