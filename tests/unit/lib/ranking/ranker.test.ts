import { describe, expect, it } from 'vitest';
import { rankDocs } from '@/lib/ranking/rank';
import { trainRanker } from '@/lib/ranking/ranker';
import type { RankDoc, TrainingSet } from '@/lib/ranking/types';
import { everyOther, packDocs } from './pack-docs';

const docs = packDocs();
const SSM = 'state space models';
const ssm = docs.filter((d) => d.tags.includes(SSM));
const audio = docs.filter((d) => d.tags.includes('audio & speech') && !d.tags.includes(SSM));
const others = docs.filter((d) => !d.tags.includes(SSM) && !d.tags.includes('audio & speech'));

/** Half the pack liked with its tags, the other half the store's background. */
const halfPack: TrainingSet = { liked: everyOther(docs, 0), disliked: [], background: everyOther(docs, 1).map((d) => d.doc) };

describe('trainRanker', () => {
  it('makes no ranker below 3 liked papers, counting a paper liked twice once', () => {
    const [a, b] = ssm;
    const background = others.map((d) => d.doc);
    expect(trainRanker({ liked: [], disliked: [], background })).toBeNull();
    expect(trainRanker({ liked: [a!, b!, a!], disliked: [], background })).toBeNull();
    expect(trainRanker({ liked: [a!, b!, ssm[2]!], disliked: [], background })).not.toBeNull();
  });

  it('makes no ranker with nothing to contrast the liked papers with', () => {
    expect(trainRanker({ liked: ssm, disliked: [] })).toBeNull();
    expect(trainRanker({ liked: ssm, disliked: [], background: ssm.map((d) => d.doc) })).toBeNull();
  });

  it('makes no ranker when no liked paper has a word to learn from', () => {
    const bare = ['1', '2', '3'].map((id) => ({ doc: { id, title: 'Of the 2' }, tags: [] }));
    expect(trainRanker({ liked: bare, disliked: [], background: others.map((d) => d.doc) })).toBeNull();
  });

  it('trains a model over the whole list and one per tag with at least 3 papers', () => {
    const ranker = trainRanker(halfPack)!;
    const tagged = new Map<string, number>();
    for (const { tags } of halfPack.liked) for (const tag of tags) tagged.set(tag, (tagged.get(tag) ?? 0) + 1);
    expect(ranker.models[0]!.tag).toBeUndefined();
    expect(ranker.models.slice(1).map((m) => m.tag)).toEqual(
      [...tagged]
        .filter(([, n]) => n >= 3)
        .map(([tag]) => tag)
        .sort(),
    );
  });

  it('trains on 5,000 liked papers without throwing', () => {
    const liked = Array.from({ length: 5000 }, (_, i) => {
      const [a, b] = [docs[i % docs.length]!, docs[(i * 7 + 3) % docs.length]!];
      return { doc: { id: `gen-${i}`, title: a.doc.title, abstract: b.doc.abstract, authors: [`Author ${i % 97}`] }, tags: a.tags };
    });
    const ranker = trainRanker({ liked, disliked: others.slice(0, 20).map((d) => d.doc), background: docs.map((d) => d.doc) });
    expect(ranker).not.toBeNull();
    expect(
      rankDocs(
        ranker!,
        docs.slice(0, 10).map((d) => d.doc),
      ).every((r) => r.score === undefined || (r.score >= 0 && r.score <= 1)),
    ).toBe(true);
  }, 30_000);
});

describe('rankDocs', () => {
  const liked = everyOther(ssm, 0).map((d) => ({ doc: d.doc, tags: [SSM] }));
  const ranker = trainRanker({ liked, disliked: [], background: others.map((d) => d.doc) })!;

  it('ranks held-out state space model papers above audio and speech ones', () => {
    const heldOut = rankDocs(
      ranker,
      everyOther(ssm, 1).map((d) => d.doc),
    );
    const unrelated = rankDocs(
      ranker,
      audio.map((d) => d.doc),
    );
    const mean = (rs: typeof heldOut) => rs.reduce((sum, r) => sum + r.score!, 0) / rs.length;
    expect(mean(heldOut)).toBeGreaterThan(1.5 * mean(unrelated));
    const top = [...heldOut, ...unrelated].sort((a, b) => b.score! - a.score!).slice(0, 3);
    expect(top.every((r) => heldOut.includes(r))).toBe(true);
  });

  it('names the tag a paper resembles and the words that made it rank', () => {
    const mamba = docs.find((d) => d.doc.id === '2312.00752')!;
    expect(liked.some((l) => l.doc.id === mamba.doc.id)).toBe(false);
    const [result] = rankDocs(ranker, [mamba.doc]);
    expect(result!.score).toBeGreaterThan(0.5);
    expect(result!.tag).toBe(SSM);
    expect(result!.words.length).toBeGreaterThan(0);
    expect(result!.words.length).toBeLessThanOrEqual(5);
    expect(result!.words).toContain('Mamba');
  });

  it('tells which of several tags a paper resembles', () => {
    const TAGS = [SSM, 'diffusion', 'retrieval'];
    const mine = (d: { tags: string[] }) => d.tags.filter((t) => TAGS.includes(t));
    const [train, test] = [everyOther(docs, 0), everyOther(docs, 1)];
    const liked = train.filter((d) => mine(d).length).map((d) => ({ doc: d.doc, tags: mine(d) }));
    const multi = trainRanker({ liked, disliked: [], background: train.filter((d) => !mine(d).length).map((d) => d.doc) })!;
    const heldOut = test.filter((d) => mine(d).length === 1);
    const results = rankDocs(
      multi,
      heldOut.map((d) => d.doc),
    );
    const named = results.flatMap((r, i) => (r.tag ? [[r.tag, mine(heldOut[i]!)[0]]] : []));
    expect(new Set(named.map(([tag]) => tag)).size).toBeGreaterThanOrEqual(2);
    for (const [tag, truth] of named) expect(tag).toBe(truth);
  });

  it('gives no score, and no words, to papers without a known term, and never throws', () => {
    const bare: RankDoc[] = [{ id: 'a' }, { id: 'b', title: 'The of and' }, { id: 'c', abstract: '12 34' }, { id: 'd', title: 'Zyxwvut qwxzy' }];
    expect(rankDocs(ranker, bare)).toEqual(bare.map(({ id }) => ({ id, words: [] })));
    expect(rankDocs(ranker, [])).toEqual([]);
  });

  it('scores within 0..1, and words only for the best papers it was asked to explain', () => {
    const results = rankDocs(
      ranker,
      docs.map((d) => d.doc),
      { explained: 3 },
    );
    expect(results.every((r) => r.score === undefined || (r.score >= 0 && r.score <= 1))).toBe(true);
    const explained = results.filter((r) => r.words.length > 0);
    expect(explained).toHaveLength(3);
    const lowest = Math.min(...explained.map((r) => r.score!));
    expect(results.filter((r) => (r.score ?? 0) > lowest)).toHaveLength(2);
    expect(lowest).toBeGreaterThan(0.5);
  });

  it('gives the same results from a ranker that went through JSON', () => {
    const cached = JSON.parse(JSON.stringify(ranker)) as typeof ranker;
    const listing = docs.map((d) => d.doc);
    expect(rankDocs(cached, listing)).toEqual(rankDocs(ranker, listing));
  });
});

describe('incremental training', () => {
  const base = trainRanker(halfPack)!;

  it('returns the previous ranker itself for an unchanged training set, in any order', () => {
    const reordered: TrainingSet = {
      liked: [...halfPack.liked].reverse().map(({ doc, tags }) => ({ doc: { ...doc }, tags: [...tags].reverse() })),
      disliked: [],
      background: [...halfPack.background!].reverse(),
    };
    expect(trainRanker(reordered, base)).toBe(base);
  });

  it('retrains only the model of a tag given to one more paper, keeping the vocabulary', () => {
    const tag = base.models[1]!.tag!;
    const untagged = halfPack.liked.findIndex((l) => !l.tags.includes(tag));
    const liked = halfPack.liked.map((l, i) => (i === untagged ? { ...l, tags: [...l.tags, tag] } : l));
    const next = trainRanker({ ...halfPack, liked }, base)!;
    expect(next).not.toBe(base);
    expect(next.vocabulary).toBe(base.vocabulary);
    // The whole list's papers are the same papers: only the tag's model has new ones.
    for (const model of next.models) {
      const previous = base.models.find((m) => m.tag === model.tag);
      if (model.tag === tag) expect(model, tag).not.toBe(previous);
      else expect(model, model.tag ?? 'whole list').toBe(previous);
    }
  });

  it('sees an abstract that arrives for a liked paper as a change', () => {
    const i = halfPack.liked.findIndex((l) => !l.doc.abstract);
    const liked = halfPack.liked.map((l, j) => (j === i ? { ...l, doc: { ...l.doc, abstract: 'A selective state space model.' } } : l));
    expect(trainRanker({ ...halfPack, liked }, base)).not.toBe(base);
  });

  it('rebuilds the vocabulary once a tenth of its papers changed', () => {
    const background = halfPack.background!.slice(Math.ceil(halfPack.background!.length * 0.2));
    const next = trainRanker({ ...halfPack, background }, base)!;
    expect(next.vocabulary).not.toBe(base.vocabulary);
    expect(next.models.every((m) => !base.models.includes(m))).toBe(true);
  });
});
