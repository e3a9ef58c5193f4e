import { vectorizer, type SparseVector } from './features';
import type { RankDoc, Vocabulary } from './types';

interface HeldList {
  docs: RankDoc[];
  vectors?: { vocabulary: Vocabulary; of: (SparseVector | undefined)[] };
}

/**
 * The papers of the lists ranked lately, as their pages sent them, with their vectors under the
 * vocabulary last used. A list ranked again (the user saved a paper) is then named, not sent: 2,000
 * abstracts crossing the message channel cost more than ranking them. While the vocabulary stands
 * its papers are not read again either, only scored by the new models.
 */
export function createHeldLists(capacity: number) {
  const lists = new Map<string, HeldList>();
  return {
    hold(list: string, docs: RankDoc[]): void {
      lists.delete(list);
      lists.set(list, { docs });
      while (lists.size > capacity) lists.delete(lists.keys().next().value!);
    },
    /** The list's papers and their vectors under this vocabulary; undefined when the list is not held (never sent, or let go). */
    papers(list: string, vocabulary: Vocabulary): { docs: RankDoc[]; vectors: (SparseVector | undefined)[] } | undefined {
      const held = lists.get(list);
      if (!held) return undefined;
      lists.delete(list);
      lists.set(list, held);
      if (held.vectors?.vocabulary !== vocabulary) held.vectors = { vocabulary, of: held.docs.map(vectorizer(vocabulary)) };
      return { docs: held.docs, vectors: held.vectors.of };
    },
  };
}
