import { spellings, vectorizer, type SparseVector } from './features';
import { dot } from './linear-svm';
import type { LinearModel, RankDoc, RankResult, Ranker, Vocabulary } from './types';

export interface RankOptions {
  explained?: number;
  vectors?: readonly (SparseVector | undefined)[];
}

/** How many words a result explains itself with. */
const MAX_WORDS = 5;

/**
 * Scores each paper by the model that puts it furthest on the liked side, the whole list's or a
 * tag's; names the tag whose model does, if any does; and explains it by that tag's model, or the
 * best one's. A paper none of whose terms the ranker knows gets no score.
 * Words are found for the `explained` best papers that score over 0.5, the ones a listing marks:
 * spelling them reads the paper a second time, which for every row of a long listing would add
 * half to the ranking's cost for words nobody is shown. `vectors`, the papers' own under the
 * ranker's vocabulary, when they were read already (held-lists.ts).
 */
export function rankDocs(ranker: Ranker, docs: readonly RankDoc[], { explained = 50, vectors }: RankOptions = {}): RankResult[] {
  const vectorize = vectorizer(ranker.vocabulary);
  const scored = docs.map((doc, i) => {
    const vector = vectors ? vectors[i] : vectorize(doc);
    let margin = -Infinity;
    let best: LinearModel | undefined;
    let tag: LinearModel | undefined;
    let tagMargin = 0;
    if (vector) {
      for (const model of ranker.models) {
        const m = dot(model.weights, vector) + model.bias;
        if (m > margin) [best, margin] = [model, m];
        if (model.tag !== undefined && m > tagMargin) [tag, tagMargin] = [model, m];
      }
    }
    return { doc, vector, margin, tag, explaining: tag ?? best };
  });
  const toExplain = new Set(
    scored
      .filter((s) => s.margin > 0)
      .sort((a, b) => b.margin - a.margin)
      .slice(0, explained),
  );
  return scored.map((s) => {
    if (!s.vector || !s.explaining) return { id: s.doc.id, words: [] };
    return {
      id: s.doc.id,
      score: squash(s.margin),
      ...(s.tag && { tag: s.tag.tag }),
      words: toExplain.has(s) ? topWords(s.explaining, s.vector, s.doc, ranker.vocabulary) : [],
    };
  });
}

/**
 * The SVM's margin onto 0..1: 0.5 on its boundary, about 0.88 and 0.12 at the margins (±1) that
 * training pushes the liked and the other papers to. A ranking, not a calibrated probability.
 */
function squash(margin: number): number {
  return 1 / (1 + Math.exp(-2 * margin));
}

/**
 * The terms that added most to the paper's margin, as arxiv-sanity-lite shows its SVM's top words,
 * but this paper's own; each word once, though a title word and an author may be spelled alike.
 */
function topWords(model: LinearModel, vector: SparseVector, doc: RankDoc, vocabulary: Vocabulary): string[] {
  const contributions: { term: number; value: number }[] = [];
  for (let k = 0; k < vector.index.length; k++) {
    const term = vector.index[k]!;
    const value = model.weights[term]! * vector.value[k]!;
    if (value > 0) contributions.push({ term, value });
  }
  const best = contributions.sort((a, b) => b.value - a.value || a.term - b.term).slice(0, 2 * MAX_WORDS);
  const spelled = spellings(vocabulary, doc, new Set(best.map((c) => c.term)));
  const words = new Map<string, string>();
  for (const { term } of best) {
    const word = spelled.get(term)!;
    if (!words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  }
  return [...words.values()].slice(0, MAX_WORDS);
}
