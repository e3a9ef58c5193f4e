/** A paper as the ranking sees it: whatever the page or the store knows of it; every part may be missing. */
export interface RankDoc {
  id: string;
  title?: string;
  abstract?: string;
  authors?: string[];
  categories?: string[];
}

/**
 * What the user told us: papers saved or tagged (with their tags, possibly none), papers marked
 * "not interested", and optionally the other papers the store knows, which count as implicit
 * negatives the way arxiv-sanity-lite counts every untagged paper.
 */
export interface TrainingSet {
  liked: { doc: RankDoc; tags: string[] }[];
  disliked: RankDoc[];
  background?: RankDoc[];
}

/** One listing entry's verdict. */
export interface RankResult {
  id: string;
  /** 0..1, above 0.5 when a model puts the paper on the liked side; absent when no model can judge it. */
  score?: number;
  /** The tag whose model puts it furthest on the liked side; absent when no tag's model puts it there. */
  tag?: string;
  /** The paper's words that raised its score most, as the paper spells them, best first; only for the best-scoring papers (rank.ts). */
  words: string[];
}

/** Terms with their idf weights (tokens.ts says what a term is). */
export interface Vocabulary {
  terms: string[];
  idf: number[];
  /** Sorted hashes of the documents it was built from: how far the corpus has moved since (see ranker.ts). */
  corpus: number[];
}

/** A linear model over the vocabulary; `key` fingerprints what it was trained on, so an unchanged one is kept. */
export interface LinearModel {
  tag?: string;
  key: string;
  weights: number[];
  bias: number;
}

/** A trained ranker: plain JSON, to be cached as is. */
export interface Ranker {
  version: 1;
  /** Of the whole training set: equal means nothing to retrain. */
  fingerprint: string;
  vocabulary: Vocabulary;
  /** The whole-list model first, then one per tag with enough papers. */
  models: LinearModel[];
}
