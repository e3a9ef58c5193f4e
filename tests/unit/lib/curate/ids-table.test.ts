import { describe, expect, it } from 'vitest';
import { parseIdsTable } from '@/lib/curate/ids-table';
import { seed } from './seeds';

describe('parseIdsTable on the real arxiv-ids.tsv', () => {
  const table = parseIdsTable(seed('arxiv-ids.tsv'));

  it('finds an id by title, whatever its punctuation and case', () => {
    expect(table.byTitle('Video Diffusion Models - A Survey')).toEqual({ title: 'Video Diffusion Models: A Survey', id: '2405.03150' });
    expect(table.byTitle('diffusion on syntax trees for program synthesis')?.id).toBe('2405.20519');
    expect(table.byTitle('A paper nobody listed')).toBeUndefined();
  });

  it('maps the Mamba article headings to titles and ids', () => {
    expect(table.byHeading('Mamba MOE')).toEqual({
      title: 'MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts',
      id: '2401.04081',
    });
    expect(table.byHeading('CASCADE')?.id).toBe('2312.11462');
    // Listed with an empty id: known, and known not to be on arXiv.
    expect(table.byHeading('DRUGS (Deep Random micro-Glitch Sampling)')).toEqual({
      title: 'DRµGS: Deep Random micro-Glitch Sampling',
      id: null,
    });
    expect(table.byHeading('Conclusion')).toBeUndefined();
  });

  it('does not take a heading for a title', () => {
    expect(table.byTitle('Mamba')).toBeUndefined();
  });
});

describe('parseIdsTable on a broken table', () => {
  it('refuses an id that is not an arXiv id', () => {
    expect(() => parseIdsTable('title\tarxiv_id\tseed_heading\nA paper\t2405.2051\t')).toThrow(/line 2: "2405.2051" is not an arXiv id/);
  });

  it('refuses a table without the expected columns', () => {
    expect(() => parseIdsTable('title\tid\nA paper\t2405.20519')).toThrow(/no column arxiv_id, seed_heading/);
  });

  it('refuses one title listed with two ids', () => {
    const tsv = 'title\tarxiv_id\tseed_heading\nA paper\t2405.20519\t\nA Paper!\t2405.21060\t';
    expect(() => parseIdsTable(tsv)).toThrow(/listed before with another id/);
  });
});
