import { unpackKeys, type SeenKey } from './seen-codec';

/**
 * Room for a batch number below each key: 2^20 batches (a million page loads that showed something
 * new) with keys below 2^30 stays within a double's exact integers.
 */
const BATCHES = 2 ** 20;

/**
 * Which batch first showed each paper, in memory. New-style keys live in one sorted Float64Array of
 * `key * BATCHES + batch`: 8 bytes a paper, sorted natively on load, searched by halves; a Map of
 * half a million entries took 14 MB and 2.5 times as long to fill. Old-style ids, few, are a Map.
 */
export class SeenIndex {
  private sorted = new Float64Array(0);
  private readonly strings = new Map<string, number>();

  get size(): number {
    return this.sorted.length + this.strings.size;
  }

  /** The index of every stored batch, packed (`packKeys`), oldest first: batch `i` is the i-th. A paper stored twice keeps its first. */
  static fromPacked(batches: readonly string[]): SeenIndex {
    const index = new SeenIndex();
    const numbers: number[] = [];
    batches.forEach((packed, batch) =>
      unpackKeys(packed, (key) => {
        if (typeof key === 'number') numbers.push(key * BATCHES + batch);
        else if (!index.strings.has(key)) index.strings.set(key, batch);
      }),
    );
    // Sorted, each key's entries stand together, its first batch first: keep that one.
    const all = Float64Array.from(numbers).sort();
    let kept = 0;
    for (let i = 0; i < all.length; i++) {
      if (kept && Math.floor(all[i]! / BATCHES) === Math.floor(all[kept - 1]! / BATCHES)) continue;
      all[kept++] = all[i]!;
    }
    index.sorted = all.slice(0, kept);
    return index;
  }

  batchOf(key: SeenKey): number | undefined {
    if (typeof key === 'string') return this.strings.get(key);
    const at = this.lowerBound(key * BATCHES);
    const found = this.sorted[at];
    return found !== undefined && found < (key + 1) * BATCHES ? found - key * BATCHES : undefined;
  }

  /** Adds keys the index does not hold yet (see `batchOf`), all first seen in one batch. */
  add(keys: readonly SeenKey[], batch: number): void {
    const fresh: number[] = [];
    for (const key of keys) {
      if (typeof key === 'number') fresh.push(key * BATCHES + batch);
      else this.strings.set(key, batch);
    }
    if (!fresh.length) return;
    fresh.sort((a, b) => a - b);
    // One merge of two sorted runs: a page's few new papers into half a million costs a copy, not a sort.
    const old = this.sorted;
    const merged = new Float64Array(old.length + fresh.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) merged[k] = j >= fresh.length || (i < old.length && old[i]! < fresh[j]!) ? old[i++]! : fresh[j++]!;
    this.sorted = merged;
  }

  /** The first place holding a value at least `value`. */
  private lowerBound(value: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
