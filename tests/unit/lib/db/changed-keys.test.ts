import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { singleKeys } from '@/lib/db/changed-keys';

describe('the keys a change named', () => {
  it('lists keys named one by one, in a tree or cloned to plain objects', () => {
    const set = new RangeSet().addKeys(['b|2405.20519', 'a|1706.03762', 'c|t:mamba']);
    expect(singleKeys(set)?.sort()).toEqual(['a|1706.03762', 'b|2405.20519', 'c|t:mamba']);
    expect(singleKeys(structuredClone({ ...set }))?.sort()).toEqual(['a|1706.03762', 'b|2405.20519', 'c|t:mamba']);
  });

  it('is null for a range (a bulk write, a removal, a clear), empty for nothing', () => {
    expect(singleKeys(new RangeSet().addKey('a|1').add({ from: 'b|', to: 'b|\uffff' }))).toBeNull();
    expect(singleKeys(new RangeSet())).toEqual([]);
  });
});
