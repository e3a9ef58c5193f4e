import { describe, expect, it } from 'vitest';
import { orderReadingItems } from '@/lib/reading-order';
import { buildReadingIndex, searchReadingIndex } from '@/lib/search/reading-index';
import type { ReadingItem } from '@/lib/paper/reading-item';

function item(id: string, parts: Partial<ReadingItem>): ReadingItem {
  return { id, title: id, addedAt: 0, updatedAt: 0, state: 'to-read', userTags: [], curatedTags: [], note: '', summaries: [], ...parts };
}

const items = [
  item('2405.20519', {
    title: 'Diffusion On Syntax Trees For Program Synthesis',
    addedAt: 3,
    published: '2024-05-30',
    curatedTags: ['diffusion'],
    state: 'reading',
  }),
  item('2312.00752', {
    title: 'Mamba: Linear-Time Sequence Modeling',
    addedAt: 1,
    published: '2023-12-01',
    userTags: ['classic'],
    note: 'Read the selective scan part',
  }),
  item('2405.21060', {
    title: 'Transformers are SSMs',
    addedAt: 2,
    summaries: [{ source: 'AI Timeline', text: 'State space duality unifies attention and Mamba.' }],
    state: 'done',
  }),
];

describe('searching the reading list', () => {
  const index = buildReadingIndex(items);
  it.each([
    ['syntax', ['2405.20519']],
    ['synt', ['2405.20519']],
    ['classic', ['2312.00752']],
    ['selective scan', ['2312.00752']],
    ['duality', ['2405.21060']],
    ['mamba', ['2312.00752', '2405.21060']],
    ['2405.21060', ['2405.21060']],
    ['nothing like this', []],
  ])('%j finds %j, best first', (query, ids) => {
    expect(searchReadingIndex(index, query)).toEqual(ids);
  });
});

describe('ordering the reading list', () => {
  const none = { state: 'all' as const, tag: null };
  it.each([
    ['added', ['2405.20519', '2405.21060', '2312.00752']],
    ['title', ['2405.20519', '2312.00752', '2405.21060']],
    ['published', ['2405.20519', '2312.00752', '2405.21060']],
  ] as const)('sorts by %s', (sort, ids) => {
    expect(orderReadingItems(items, { sort, filter: none, matches: null }).map((i) => i.id)).toEqual(ids);
  });

  it("filters by state and by tag, curated or the user's", () => {
    expect(orderReadingItems(items, { sort: 'added', filter: { state: 'done', tag: null }, matches: null }).map((i) => i.id)).toEqual(['2405.21060']);
    expect(orderReadingItems(items, { sort: 'added', filter: { state: 'all', tag: 'diffusion' }, matches: null }).map((i) => i.id)).toEqual([
      '2405.20519',
    ]);
    expect(orderReadingItems(items, { sort: 'added', filter: { state: 'all', tag: 'classic' }, matches: null }).map((i) => i.id)).toEqual([
      '2312.00752',
    ]);
  });

  it('keeps the search order and applies the filters to it', () => {
    const matches = ['2405.21060', '2312.00752'];
    expect(orderReadingItems(items, { sort: 'title', filter: none, matches }).map((i) => i.id)).toEqual(matches);
    expect(orderReadingItems(items, { sort: 'title', filter: { state: 'to-read', tag: null }, matches }).map((i) => i.id)).toEqual(['2312.00752']);
  });
});
