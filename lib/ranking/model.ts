/**
 * The models of a ranker: one over the whole reading list and one per tag with enough papers,
 * each a linear SVM over tf-idf vectors, as arxiv-sanity-lite ranks by tag.
 *
 * What is a library and what is not, and why:
 * - Words: a Unicode regular expression (tokens.ts says why not Intl.Segmenter), the `stopword`
 *   package's English list (MIT, no dependencies, maintained) and the `stemmer` package's Porter
 *   stemmer (wooorm; ESM, typed, no dependencies): 3 kB minified together, as only the English
 *   list is bundled.
 * - The model: written here, 40 lines of liblinear's dual coordinate descent (linear-svm.ts).
 *   npm has no maintained sparse linear classifier: `ml-logistic-regression` (mljs) trains on a
 *   dense ml-matrix, which for 5,000 papers × 12,000 terms is 480 MB of doubles per model;
 *   `ml-svm` is a kernel SMO solver over dense rows; `libsvm-js` is an emscripten
 *   build (wasm/asm.js, not what a service worker should load for this); @stdlib/ml's incremental
 *   classifier updates a dense weight vector, so each step costs the vocabulary's size instead
 *   of the paper's few hundred terms. tf-idf is a few lines over the vocabulary (features.ts).
 *
 * Negatives: the papers marked "not interested" and the store's other papers (the pool), as
 * arxiv-sanity-lite takes every paper outside a tag. A tag's model is trained against the pool
 * only, not against the reading list's other tags, so that it depends on its own papers and the
 * pool alone: tagging a saved paper retrains that tag's model and nothing else; saving one more
 * retrains the whole list's model and those of its tags.
 */
import { hash53, setKey } from './hash';
import type { SparseVector } from './features';
import { trainLinearSvm } from './linear-svm';
import type { LinearModel, Vocabulary } from './types';

/** Fewer papers than this make no model: the whole list's and each tag's threshold alike. */
export const MIN_LIKED = 3;

/** A paper of the training set with what training needs of it: its hash, tags and (on demand) its vector. */
export interface TrainingDoc {
  hash: number;
  tags: readonly string[];
  vector: () => SparseVector | undefined;
}

/**
 * The whole-list model, then one per tag with at least MIN_LIKED papers; a model of `previous` whose
 * key (vocabulary, positives, pool) is unchanged is taken as is. A group with no paper of known
 * terms on either side makes no model rather than one that has seen a single class.
 */
export function trainModels(
  vocabulary: Vocabulary,
  vocabularyKey: string,
  liked: readonly TrainingDoc[],
  pool: readonly TrainingDoc[],
  previous: readonly LinearModel[],
): LinearModel[] {
  const poolKey = setKey(pool.map((d) => d.hash));
  const reusable = new Map(previous.map((m) => [m.key, m]));
  const groups: { tag?: string; positives: TrainingDoc[] }[] = [{ positives: [...liked] }];
  const byTag = new Map<string, TrainingDoc[]>();
  for (const doc of liked) {
    for (const tag of new Set(doc.tags)) {
      const papers = byTag.get(tag);
      if (papers) papers.push(doc);
      else byTag.set(tag, [doc]);
    }
  }
  for (const [tag, positives] of [...byTag].sort(([a], [b]) => (a < b ? -1 : 1))) if (positives.length >= MIN_LIKED) groups.push({ tag, positives });
  return groups.flatMap(({ tag, positives }) => {
    const key = hash53(JSON.stringify([vocabularyKey, tag ?? null, setKey(positives.map((d) => d.hash)), poolKey])).toString(36);
    return reusable.get(key) ?? train(vocabulary, key, tag, positives, pool) ?? [];
  });
}

function train(
  vocabulary: Vocabulary,
  key: string,
  tag: string | undefined,
  positives: readonly TrainingDoc[],
  pool: readonly TrainingDoc[],
): LinearModel | undefined {
  const vectors: SparseVector[] = [];
  const labels: boolean[] = [];
  for (const [docs, label] of [
    [positives, true],
    [pool, false],
  ] as const) {
    for (const doc of docs) {
      const vector = doc.vector();
      if (!vector) continue;
      vectors.push(vector);
      labels.push(label);
    }
  }
  if (!labels.includes(true) || !labels.includes(false)) return undefined;
  const { weights, bias } = trainLinearSvm(vectors, labels, vocabulary.terms.length);
  return { ...(tag !== undefined && { tag }), key, weights: Array.from(weights, round), bias: round(bias) };
}

/** Four decimals are far finer than the scores need, and keep the cached ranker about a third smaller. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
