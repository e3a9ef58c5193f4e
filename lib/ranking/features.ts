import { docTerms, docTokens, termOf } from './tokens';
import type { RankDoc, Vocabulary } from './types';

/** A tf-idf vector: parallel term indices and weights, of length 1. */
export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

/**
 * Terms in more than this share of the papers say nothing about any one of them ("model", "propose"):
 * arxiv-sanity-lite's `max_df`, looser than its 0.1 since a reading list is narrower than all of arXiv.
 */
const MAX_DOC_SHARE = 0.5;
/** Bounds the cached ranker (one weight per term and model); the most widespread terms are kept. */
const MAX_TERMS = 12_000;

/**
 * The vocabulary of a corpus with smoothed idf, as scikit-learn's TfidfVectorizer computes it.
 * A term seen in a single paper is kept: in a reading list of a few dozen papers the rare word
 * two papers share ("Mamba") is the best evidence there is.
 */
export function buildVocabulary(docs: readonly RankDoc[], hashes: readonly number[]): Vocabulary {
  const df = new Map<string, number>();
  let seen = new Set<string>();
  const count = (term: string) => {
    if (seen.has(term)) return;
    seen.add(term);
    df.set(term, (df.get(term) ?? 0) + 1);
  };
  for (const doc of docs) {
    seen = new Set();
    docTerms(doc, count);
  }
  const n = docs.length;
  const kept = [...df]
    // Below ten papers every shared word is a large share: the cut would leave nothing to learn from.
    .filter(([, count]) => n < 10 || count <= MAX_DOC_SHARE * n)
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : 1))
    .slice(0, MAX_TERMS);
  return {
    terms: kept.map(([term]) => term),
    idf: kept.map(([, count]) => Math.log((1 + n) / (1 + count)) + 1),
    corpus: [...hashes].sort((a, b) => a - b),
  };
}

const indices = new WeakMap<Vocabulary, Map<string, number>>();

/** Term → position, built once per vocabulary object: a cached ranker scores many listings. */
function indexOf(vocabulary: Vocabulary): Map<string, number> {
  let index = indices.get(vocabulary);
  if (!index) indices.set(vocabulary, (index = new Map(vocabulary.terms.map((term, i) => [term, i]))));
  return index;
}

/** Sublinear tf × idf, normalized to length 1; undefined when none of the paper's terms is known. */
export type Vectorizer = (doc: RankDoc) => SparseVector | undefined;

const vectorizers = new WeakMap<Vocabulary, Vectorizer>();
/** Bounds the words a vectorizer remembers; the language's words are far fewer. */
const MAX_WORDS = 100_000;

/**
 * The vectorizer of a vocabulary, one per vocabulary object. It remembers each word's position
 * (-1: none) so that a word costs one lookup, and counts into one reused array rather than a map
 * per paper: at 2,000 abstracts those lookups were half the ranking's time.
 */
export function vectorizer(vocabulary: Vocabulary): Vectorizer {
  const cached = vectorizers.get(vocabulary);
  if (cached) return cached;
  const index = indexOf(vocabulary);
  const positions = new Map<string, number>();
  const counts = new Float64Array(vocabulary.terms.length);
  const touched: number[] = [];
  const add = (i: number) => {
    if (counts[i] === 0) touched.push(i);
    counts[i]! += 1;
  };
  const word = (w: string) => {
    let i = positions.get(w);
    if (i === undefined) {
      i = index.get(termOf(w)) ?? -1;
      if (positions.size >= MAX_WORDS) positions.clear();
      positions.set(w, i);
    }
    if (i >= 0) add(i);
  };
  const named = (term: string) => {
    const i = index.get(term);
    if (i !== undefined) add(i);
  };
  const vectorize: Vectorizer = (doc) => {
    touched.length = 0;
    docTokens(doc, word, named);
    if (touched.length === 0) return undefined;
    const vector: SparseVector = { index: Int32Array.from(touched), value: new Float64Array(touched.length) };
    let norm = 0;
    for (let k = 0; k < touched.length; k++) {
      const i = touched[k]!;
      const weight = (1 + Math.log(counts[i]!)) * vocabulary.idf[i]!;
      counts[i] = 0;
      vector.value[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < touched.length; k++) vector.value[k]! /= norm;
    return vector;
  };
  vectorizers.set(vocabulary, vectorize);
  return vectorize;
}

/** How the paper spells each of the given terms (by index), the last spelling met. */
export function spellings(vocabulary: Vocabulary, doc: RankDoc, wanted: ReadonlySet<number>): Map<number, string> {
  const index = indexOf(vocabulary);
  const spelled = new Map<number, string>();
  docTerms(doc, (term, surface) => {
    const i = index.get(term);
    if (i !== undefined && wanted.has(i)) spelled.set(i, surface);
  });
  return spelled;
}
