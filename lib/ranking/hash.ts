import type { RankDoc } from './types';

/**
 * cyrb53 (public domain): a fast 53-bit string hash, plenty to tell training sets apart. Not a
 * security boundary: the worst a collision does is keep a stale model until the next change.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A paper's hash over everything the ranking reads of it, so an abstract that arrives later counts as a change. */
export function docHash(doc: RankDoc): number {
  return hash53(JSON.stringify([doc.id, doc.title ?? '', doc.abstract ?? '', doc.authors ?? [], doc.categories ?? []]));
}

/** One key for a set of hashes, whatever their order. */
export function setKey(hashes: readonly number[]): string {
  return hash53([...hashes].sort((a, b) => a - b).join(',')).toString(36);
}
