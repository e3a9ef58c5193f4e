import { describe, expect, it } from 'vitest';
import { createHeldLists } from '@/lib/ranking/held-lists';
import { rankDocs } from '@/lib/ranking/rank';
import { trainRanker } from '@/lib/ranking/ranker';
import { everyOther, packDocs } from './pack-docs';

const docs = packDocs();
const SSM = 'state space models';
const ssm = docs.filter((d) => d.tags.includes(SSM));
const others = docs.filter((d) => !d.tags.includes(SSM));
const listing = [...everyOther(ssm, 1), ...others].map((d) => d.doc);
const train = (liked: typeof ssm) => trainRanker({ liked, disliked: [], background: others.map((d) => d.doc) })!;

describe('held lists', () => {
  it('rank a list named again exactly as the papers sent anew, under a new vocabulary too', () => {
    const held = createHeldLists(2);
    held.hold('a', listing);
    const first = train(everyOther(ssm, 0));
    const byName = held.papers('a', first.vocabulary)!;
    expect(rankDocs(first, byName.docs, { vectors: byName.vectors })).toEqual(rankDocs(first, listing));
    // A smaller reading list: another vocabulary, and the held papers are read under it.
    const second = train(everyOther(ssm, 0).slice(0, 4));
    expect(second.vocabulary).not.toBe(first.vocabulary);
    const again = held.papers('a', second.vocabulary)!;
    expect(rankDocs(second, again.docs, { vectors: again.vectors })).toEqual(rankDocs(second, listing));
  });

  it('let go of the list used longest ago beyond their capacity, and know no list never sent', () => {
    const held = createHeldLists(2);
    const { vocabulary } = train(everyOther(ssm, 0));
    held.hold('a', listing);
    held.hold('b', listing.slice(0, 3));
    held.papers('a', vocabulary);
    held.hold('c', listing.slice(0, 5));
    expect(held.papers('b', vocabulary)).toBeUndefined();
    expect(held.papers('a', vocabulary)?.docs).toHaveLength(listing.length);
    expect(held.papers('c', vocabulary)?.docs).toHaveLength(5);
    expect(held.papers('never', vocabulary)).toBeUndefined();
  });
});
