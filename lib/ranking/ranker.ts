import { buildVocabulary, vectorizer, type SparseVector } from './features';
import { docHash, hash53, setKey } from './hash';
import { MIN_LIKED, trainModels, type TrainingDoc } from './model';
import type { RankDoc, Ranker, TrainingSet } from './types';

/**
 * A vocabulary is kept while at most this share of the papers it was built from have changed
 * (added, removed or edited): new papers' words wait for the next rebuild, and the idf drifts a
 * little, against keeping every model whose own papers did not change.
 */
const VOCABULARY_DRIFT = 0.1;

/**
 * Trains a ranker on what the user saved, tagged and dismissed, or null when it could not judge:
 * fewer than MIN_LIKED liked papers, nothing to contrast them with, or no words to learn from.
 *
 * Incremental, meaning: an unchanged training set (same papers, same texts, same tags) returns
 * `previous` itself, with no work beyond hashing. Otherwise the vocabulary of `previous` is kept
 * while its corpus has drifted by at most VOCABULARY_DRIFT, and with it every model whose own
 * papers and pool are unchanged (model.ts): tagging a saved paper retrains that tag's model
 * alone. A rebuilt vocabulary retrains all, since weights are per term.
 */
export function trainRanker(set: TrainingSet, previous?: Ranker): Ranker | null {
  const { liked, pool } = distinct(set);
  if (liked.length < MIN_LIKED || pool.length === 0) return null;
  const likedDocs = liked.map(({ doc, tags }) => ({ doc, hash: docHash(doc), tags: [...new Set(tags)].sort() }));
  const poolDocs = pool.map((doc) => ({ doc, hash: docHash(doc), tags: [] }));
  const likedKey = likedDocs.map((d) => JSON.stringify([d.hash, d.tags])).sort();
  const fingerprint = hash53(JSON.stringify([likedKey, setKey(poolDocs.map((d) => d.hash))])).toString(36);
  if (previous?.version === 1 && previous.fingerprint === fingerprint) return previous;

  const corpus = [...likedDocs, ...poolDocs];
  const hashes = corpus.map((d) => d.hash);
  const vocabulary =
    previous?.version === 1 && drift(previous.vocabulary.corpus, hashes) <= VOCABULARY_DRIFT
      ? previous.vocabulary
      : buildVocabulary(
          corpus.map((d) => d.doc),
          hashes,
        );
  const vectorize = vectorizer(vocabulary);
  const training = (d: { doc: RankDoc; hash: number; tags: string[] }): TrainingDoc => {
    let vector: SparseVector | undefined | null = null;
    return { hash: d.hash, tags: d.tags, vector: () => (vector === null ? (vector = vectorize(d.doc)) : vector) };
  };
  const models = trainModels(vocabulary, setKey(vocabulary.corpus), likedDocs.map(training), poolDocs.map(training), previous?.models ?? []);
  return models.length ? { version: 1, fingerprint, vocabulary, models } : null;
}

/** Each paper once: liked over dismissed over the store's others, whose pool holds the user's own papers too. */
function distinct(set: TrainingSet): { liked: TrainingSet['liked']; pool: RankDoc[] } {
  const seen = new Set<string>();
  const first = <T>(items: readonly T[], id: (item: T) => string) =>
    items.filter((item) => {
      if (seen.has(id(item))) return false;
      seen.add(id(item));
      return true;
    });
  const liked = first(set.liked, (l) => l.doc.id);
  const pool = first([...set.disliked, ...(set.background ?? [])], (d) => d.id);
  return { liked, pool };
}

/** The share of `before` that `after` no longer holds as it was, or holds anew. */
function drift(before: readonly number[], after: readonly number[]): number {
  const old = new Set(before);
  const now = new Set(after);
  let changed = 0;
  for (const h of now) if (!old.has(h)) changed++;
  for (const h of old) if (!now.has(h)) changed++;
  return changed / Math.max(old.size, 1);
}
