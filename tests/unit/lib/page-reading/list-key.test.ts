import { describe, expect, it } from 'vitest';
import { listKeyOf } from '@/lib/page-reading/list-key';

describe('what one list is', () => {
  it.each([
    ['https://arxiv.org/list/cs.LG/recent', 'https://arxiv.org/list/cs.LG/recent?skip=25&show=25'],
    ['https://arxiv.org/catchup/cs.LG/2024-06-03', 'https://arxiv.org/catchup/cs.LG/2024-06-03?abs=True&page=2'],
    ['https://arxiv.org/catchup/cs.LG/2024-06-03?page=1', 'https://arxiv.org/catchup/cs.LG/2024-06-03?abs=False&page=3'],
    ['https://arxiv.org/a/vaswani_a_1', 'https://www.arxiv.org/a/vaswani_a_1.html'],
    ['https://arxiv.org/list/cs/2024-06', 'https://arxiv.org/list?archive=cs&year=2024&month=06&submit=Go'],
    ['https://arxiv.org/list/cs/2024', 'https://arxiv.org/list/?archive=cs&year=2024&month=all'],
    ['https://arxiv.org/search/?query=mamba&searchtype=all', 'https://arxiv.org/search/?searchtype=all&query=mamba&start=50'],
  ])('%s and %s are one list', (a, b) => {
    expect(listKeyOf(b)).toBe(listKeyOf(a));
  });

  it.each([
    ['https://arxiv.org/list/cs.LG/recent', 'https://arxiv.org/list/cs.LG/new'],
    ['https://arxiv.org/catchup/cs.LG/2024-06-03', 'https://arxiv.org/catchup/cs.LG/2024-06-04'],
    ['https://arxiv.org/list?archive=cs&year=2024&month=06', 'https://arxiv.org/list?archive=cs&year=2024&month=07'],
    ['https://arxiv.org/search/?query=mamba&searchtype=all', 'https://arxiv.org/search/?query=mamba&searchtype=title'],
  ])('%s and %s are two lists', (a, b) => {
    expect(listKeyOf(b)).not.toBe(listKeyOf(a));
  });
});
