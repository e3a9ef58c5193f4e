import { describe, expect, it } from 'vitest';
import { abstractMatcher } from '@/lib/curate/abstract-match';
import { datasetDump } from '@/lib/curate/sources/dataset-dump';
import { dailyPapers } from '@/lib/curate/sources/daily-papers';
import { SEED_FILES, seed } from './seeds';

const dataset = datasetDump.parse(seed(SEED_FILES.datasetDump)).entries.map(({ id, abstract }) => ({ id: id!, abstract: abstract! }));
const match = abstractMatcher(dataset);
const abstractOf = (id: string) => dataset.find((d) => d.id === id)!.abstract;

describe('abstractMatcher against the real dataset abstracts', () => {
  it('matches the same abstract with other spacing, case and line breaks', () => {
    const abstract = abstractOf('2405.20519');
    const reflowed = abstract.toUpperCase().replace(/ /g, '\n  ');
    expect(match(reflowed)).toEqual(['2405.20519']);
  });

  it('matches a copy that kept the inline math the dump lost', () => {
    // The dump reads "the 256 or 1024 tokens"; a listing may carry the symbols the dump dropped.
    const abstract = abstractOf('2406.07550').replace('For example, aimage', 'For example, a 256 × 256 × 3 image');
    expect(match(abstract)).toEqual(['2406.07550']);
  });

  it('matches a copy cut short, once the shared opening is long enough', () => {
    const abstract = abstractOf('2405.21060');
    expect(match(abstract.slice(0, 400))).toEqual(['2405.21060']);
    expect(match(abstract.slice(0, 120))).toEqual([]);
  });

  it('does not match different papers that open with the same words', () => {
    const [a, b] = dataset.filter((d) => /^recent advancements in large language mo/i.test(d.abstract));
    expect(a && b).toBeTruthy();
    expect(match(a!.abstract)).toEqual([a!.id]);
    expect(match(b!.abstract)).toEqual([b!.id]);
    const spliced = `${a!.abstract.slice(0, 150)} ${b!.abstract.slice(150)}`;
    expect(match(spliced)).toEqual([]);
  });

  it('finds none of the Daily Papers listing, whose papers are not in the dump', () => {
    const listing = dailyPapers.parse(seed(SEED_FILES.dailyPapers)).entries;
    expect(listing.flatMap((entry) => match(entry.abstract!))).toEqual([]);
  });

  it('gives every id whose abstract matches, so that the caller can refuse an ambiguous one', () => {
    const twice = abstractMatcher([
      { id: '2405.20519', abstract: abstractOf('2405.20519') },
      { id: '2406.02543', abstract: abstractOf('2405.20519') },
    ]);
    expect(twice(abstractOf('2405.20519'))).toEqual(['2405.20519', '2406.02543']);
  });

  it('matches each of the hundred dump abstracts to its own paper only', () => {
    for (const { id, abstract } of dataset) expect(match(abstract)).toEqual([id]);
  });
});
