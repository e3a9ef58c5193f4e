import { describe, expect, it } from 'vitest';
import { mergeEntries, type ResolvedEntry } from '@/lib/curate/merge-entries';

const entry = (over: Partial<ResolvedEntry>): ResolvedEntry => ({ source: 'S', id: null, title: null, tags: [], ...over });
const summary = (source: string, text: string) => ({ source, text });

describe('mergeEntries', () => {
  it('makes one paper of two sources naming one id, with both summaries', () => {
    const papers = mergeEntries([
      entry({ source: 'A', id: '2405.20519', title: 'Diffusion On Syntax Trees', summary: summary('A', 'first'), tags: ['diffusion'] }),
      entry({ source: 'B', id: '2405.20519', title: 'Diffusion on syntax trees', summary: summary('B', 'second'), tags: ['code'] }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: '2405.20519',
      title: 'Diffusion On Syntax Trees',
      tags: ['diffusion', 'code'],
      summaries: [summary('A', 'first'), summary('B', 'second')],
      sources: ['A', 'B'],
    });
  });

  it('joins a summary to the dataset abstract of the same id', () => {
    const papers = mergeEntries([
      entry({ source: 'Dataset', id: '2405.21060', abstract: 'The abstract.' }),
      entry({ source: 'Newsletter', id: '2405.21060', title: 'Transformers are SSMs', summary: summary('Newsletter', 'A summary.') }),
    ]);
    expect(papers).toEqual([
      {
        id: '2405.21060',
        title: 'Transformers are SSMs',
        abstract: 'The abstract.',
        tags: [],
        summaries: [summary('Newsletter', 'A summary.')],
        sources: ['Dataset', 'Newsletter'],
      },
    ]);
  });

  it('gives a title-only entry to the paper with an id and that title, even when it comes first', () => {
    const papers = mergeEntries([
      entry({ source: 'A', title: 'Mixture of partially linear experts', summary: summary('A', 'a') }),
      entry({ source: 'B', id: '2405.02905', title: 'Mixture of Partially Linear Experts', summary: summary('B', 'b') }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.id).toBe('2405.02905');
    expect(papers[0]!.summaries.map((s) => s.text)).toEqual(['b', 'a']);
  });

  it('merges title-only entries by normalized title', () => {
    const papers = mergeEntries([
      entry({ title: 'DRµGS: Deep Random micro-Glitch Sampling' }),
      entry({ title: 'DRµGS - deep random micro-glitch sampling' }),
      entry({ title: 'Another paper' }),
    ]);
    expect(papers.map((p) => p.title)).toEqual(['DRµGS: Deep Random micro-Glitch Sampling', 'Another paper']);
  });

  it('keeps two ids apart even when their titles are the same', () => {
    const papers = mergeEntries([entry({ id: '2405.20519', title: 'A Survey' }), entry({ id: '2405.21060', title: 'A survey' })]);
    expect(papers.map((p) => p.id)).toEqual(['2405.20519', '2405.21060']);
  });
});
