import { withHeldAbstracts } from '@/lib/abstracts/abstract-cache';
import type { RankedList } from '@/lib/messaging';
import type { RankListRequest } from '@/lib/messaging-schemas';
import { createHeldLists } from '@/lib/ranking/held-lists';
import { rankDocs } from '@/lib/ranking/rank';
import { trainRanker } from '@/lib/ranking/ranker';
import type { Ranker } from '@/lib/ranking/types';
import { db } from '@/lib/db/db';
import { recordForYou } from '@/lib/list-memory/listing-visits';
import { createTrainingSetReader } from '@/lib/ranking-data/training-set';
import { RANKING_TABLES } from '@/lib/db/table-names';
import { retryOnNextCall } from '@/lib/retry-on-next-call';
import { onPapersChanged, onTablesChanged } from '../changes/db-events';
import { listKeyFor } from './listings';
import { timed } from './user-timing';

/** The share of a list marked "for you" in its rows, and never fewer than this many. */
const TOP_SHARE = 0.05;
const TOP_AT_LEAST = 5;

/** Lists whose papers are kept here between rankings: a few open tabs' worth, a few MB each. */
const HELD_LISTS = 4;

let ranker: Ranker | null = null;
const trainingSet = createTrainingSetReader(db);
const held = createHeldLists(HELD_LISTS);
let trained: Promise<Ranker | null> | undefined;

/**
 * The models, trained once and kept until the user's papers change; then trained again from the
 * last ones, which keeps what did not change (ranker.ts: per-tag models whose papers are the same).
 */
function currentRanker(): Promise<Ranker | null> {
  if (!trained) {
    // A training that failed (the database unreadable for a moment) is tried again at the next ranking.
    trained = retryOnNextCall<Ranker | null>(
      timed('training set read', () => trainingSet.read()).then((set) =>
        timed('training', async () => (ranker = trainRanker(set, ranker ?? undefined))),
      ),
      (failed) => {
        if (trained === failed) trained = undefined;
      },
    );
  }
  return trained;
}

/** The models are trained again at the next ranking once the user's papers change; tabs hear of it with the change broadcast. */
export function setupRanking(): void {
  onTablesChanged(RANKING_TABLES, () => (trained = undefined));
  onPapersChanged((ids) => trainingSet.papersChanged(ids));
}

/** A list's papers ranked by how much they resemble the user's own; nothing below three saved or tagged papers. */
export async function rankList({ url, list, papers }: RankListRequest): Promise<RankedList> {
  if (papers) held.hold(list, await withHeldAbstracts(db, papers, Date.now()));
  const model = await currentRanker();
  if (!model) return { ranked: false, results: [] };
  const listed = held.papers(list, model.vocabulary);
  if (!listed) return { ranked: false, results: [], papersWanted: true };
  const results = rankDocs(model, listed.docs, { vectors: listed.vectors }).filter((r) => r.score !== undefined);
  const best = [...results].sort((a, b) => b.score! - a.score!);
  const top = new Set(
    best
      .slice(0, Math.max(TOP_AT_LEAST, Math.ceil(listed.docs.length * TOP_SHARE)))
      .filter((r) => r.score! > 0.5)
      .map((r) => r.id),
  );
  await recordForYou(db, await listKeyFor(url), top.size);
  return { ranked: true, results: results.map((r) => ({ id: r.id, score: r.score!, tag: r.tag, words: r.words, top: top.has(r.id) })) };
}
