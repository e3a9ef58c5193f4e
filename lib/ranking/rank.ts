import { spellings, vectorizer, type SparseVector } from './features';
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
  const { models } = ranker;
  const weights = stackedWeights(ranker);
  const margins = new Float64Array(models.length);
  const scored = docs.map((doc, i) => {
    const vector = vectors ? vectors[i] : vectorize(doc);
    let margin = -Infinity;
    let best: LinearModel | undefined;
    let tag: LinearModel | undefined;
    let tagMargin = 0;
    if (vector) {
      marginsOf(weights, models.length, vector, margins);
      for (let k = 0; k < models.length; k++) {
        const model = models[k]!;
        const m = margins[k]! + model.bias;
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

const stacked = new WeakMap<Ranker, Float64Array>();

/**
 * The models' weights term by term, each term's weights of every model side by side, built once per
 * ranker: a paper's few terms then score all models in one pass over memory in order, where a dot
 * product per model read each model's weights apart.
 */
function stackedWeights(ranker: Ranker): Float64Array {
  let weights = stacked.get(ranker);
  if (!weights) {
    const count = ranker.models.length;
    weights = new Float64Array(ranker.vocabulary.terms.length * count);
    ranker.models.forEach((model, m) => model.weights.forEach((w, term) => (weights![term * count + m] = w)));
    stacked.set(ranker, weights);
  }
  return weights;
}

/** Each model's weights times the vector (without its bias), summed in the vector's order as `dot` sums them. */
function marginsOf(weights: Float64Array, count: number, vector: SparseVector, margins: Float64Array): void {
  margins.fill(0);
  for (let k = 0; k < vector.index.length; k++) {
    const base = vector.index[k]! * count;
    const value = vector.value[k]!;
    for (let m = 0; m < count; m++) margins[m]! += weights[base + m]! * value;
  }
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
