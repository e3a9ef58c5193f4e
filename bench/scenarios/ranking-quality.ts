import { rankDocs } from '../../lib/ranking/rank';
import { trainRanker } from '../../lib/ranking/ranker';
import type { RankDoc } from '../../lib/ranking/types';
import { everyOther, packDocs } from '../../tests/unit/lib/ranking/pack-docs';
import { figure, type Figure } from '../figure';

/** One tag's run: P@10 over the held-out papers, and what picking 10 at random would score on average. */
export interface TagQuality {
  tag: string;
  trained: number;
  heldOut: number;
  candidates: number;
  precisionAt10: number;
  baseline: number;
}

/**
 * For each tag with at least 8 papers: train on every other of its papers (by id) as the liked
 * ones, with every other of the pack's remaining papers as the store's background, then rank all
 * the rest. The background is halved so that no candidate was a training negative: ranking papers
 * the model was told are unliked would flatter it.
 */
export function rankingQuality(): TagQuality[] {
  const docs = packDocs();
  const counts = new Map<string, number>();
  for (const d of docs) for (const tag of d.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags = [...counts].filter(([, n]) => n >= 8).map(([tag]) => tag);
  return tags.sort().map((tag) => {
    const inTag = docs.filter((d) => d.tags.includes(tag));
    const others = docs.filter((d) => !d.tags.includes(tag));
    const ranker = trainRanker({
      liked: everyOther(inTag, 0).map((d) => ({ doc: d.doc, tags: [tag] })),
      disliked: [],
      background: everyOther(others, 0).map((d) => d.doc),
    });
    if (!ranker) throw new Error(`no ranker for ${tag}`);
    const heldOut = new Set(everyOther(inTag, 1).map((d) => d.doc.id));
    const candidates = [...everyOther(inTag, 1), ...everyOther(others, 1)].map((d) => d.doc);
    const top = rankDocs(ranker, candidates)
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
      .slice(0, 10);
    return {
      tag,
      trained: inTag.length - heldOut.size,
      heldOut: heldOut.size,
      candidates: candidates.length,
      precisionAt10: top.filter((r) => heldOut.has(r.id)).length / 10,
      baseline: heldOut.size / candidates.length,
    };
  });
}

/** A listing of `count` entries made of the pack's texts, each title with another paper's abstract. */
export function generatedListing(count: number): RankDoc[] {
  const docs = packDocs();
  return Array.from({ length: count }, (_, i) => ({
    id: `2501.${String(i).padStart(5, '0')}`,
    title: docs[i % docs.length]!.doc.title,
    abstract: docs[(i * 7 + 3) % docs.length]!.doc.abstract,
  }));
}

/**
 * (12) "For you": training on a reading list of the pack's papers and ranking a 2,000-entry listing
 * with abstracts, in Node as the proxy for the background's service worker; then the ranking's
 * precision at 10 against random, which is deterministic, so one sample each.
 */
export function measureRanking(runs: number): Figure[] {
  const docs = packDocs();
  const set = { liked: everyOther(docs, 0), disliked: [], background: everyOther(docs, 1).map((d) => d.doc) };
  const listing = generatedListing(2000);
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const ranker = trainRanker(set);
    if (!ranker || rankDocs(ranker, listing).length !== listing.length) throw new Error('ranking failed');
    // The first run warms the JIT and the stem cache, as a service worker's first listing would.
    if (i > 0) times.push(performance.now() - t0);
  }
  const quality = rankingQuality();
  const mean = (f: (q: TagQuality) => number) => quality.reduce((sum, q) => sum + f(q), 0) / quality.length;
  const precision = mean((q) => q.precisionAt10);
  const baseline = mean((q) => q.baseline);
  return [
    figure('ranking-2000', '12. train on a reading list and rank a 2,000-entry listing (Node)', 'ms', times, 100),
    figure('ranking-p-at-10', `12. precision at 10 over ${quality.length} tags, mean`, '%', [precision * 100]),
    figure('ranking-p-at-10-random', '12. precision at 10 picking at random, mean', '%', [baseline * 100]),
    { ...figure('ranking-p-at-10-lift', '12. precision at 10 against random', '×', [precision / baseline], 3), atLeast: true },
  ];
}
