import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A sharded feed the size of arXiv: one shard per month from April 2007 (the first new-style ids)
 * to June 2026, about 2.5 million papers, each with a short summary and a tag. Every shard is built
 * from its month alone, so the same bytes (and hash) come back whenever it is asked for, and no
 * more than one shard at a time needs to exist in memory.
 */
const TOPICS = ['state space models', 'diffusion', 'alignment', 'quantization', 'retrieval', 'robotics'];
const FIRST = { year: 7, month: 4 };
const LAST = { year: 26, month: 6 };
const TOTAL = 2_500_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every month of the feed, as YYMM. */
export const FEED_MONTHS: readonly string[] = Array.from({ length: (LAST.year - FIRST.year) * 12 + LAST.month - FIRST.month + 1 }, (_, i) => {
  const months = FIRST.month - 1 + i;
  return `${pad(FIRST.year + Math.floor(months / 12))}${pad((months % 12) + 1)}`;
});

// Ids of 2007 to 2014 have four digits after the dot, so those months hold at most 9,999 papers; the later ones share the rest.
const isFourDigit = (month: string) => Number(month.slice(0, 2)) < 15;
const FOUR_DIGIT_PAPERS = 9_999;
const fourDigitMonths = FEED_MONTHS.filter(isFourDigit).length;
const FIVE_DIGIT_PAPERS = Math.ceil((TOTAL - fourDigitMonths * FOUR_DIGIT_PAPERS) / (FEED_MONTHS.length - fourDigitMonths));

export function papersIn(month: string): number {
  return isFourDigit(month) ? FOUR_DIGIT_PAPERS : FIVE_DIGIT_PAPERS;
}

export const FEED_PAPER_COUNT = FEED_MONTHS.reduce((sum, month) => sum + papersIn(month), 0);

/** The `n`th paper's id of a month, counted from 1. */
export function feedId(month: string, n: number): string {
  return `${month}.${String(n).padStart(isFourDigit(month) ? 4 : 5, '0')}`;
}

const HEADER = { format: 'arxiv-lens-pack', schemaVersion: 1, id: 'bench-feed', name: 'Benchmark feed', version: 'n1', generatedAt: '2026-06-30' };

/** One month's shard, a pack in lines (`lib/pack/shard-document.ts`), as a feed of this size would publish it. */
export function shardBody(month: string): string {
  const papers = Array.from({ length: papersIn(month) }, (_, i) => {
    const id = feedId(month, i + 1);
    const topic = TOPICS[i % TOPICS.length]!;
    return { id, title: `Feed paper ${id}`, tags: [topic], summaries: [{ source: 'Bench feed', text: `What ${id} does on ${topic}.` }] };
  });
  const header = { ...HEADER, format: 'arxiv-lens-pack-lines' };
  return [header, papers.map((paper) => paper.id), ...papers].map((line) => JSON.stringify(line)).join('\n') + '\n';
}

/** One month's shard as the feed serves it: gzipped, as the feed's format lets a publisher do. */
export function shardFile(month: string, body = shardBody(month)): Buffer {
  return gzipSync(body);
}

/**
 * The feed's manifest, with shard URLs relative to it; building it hashes every shard's JSON, one at
 * a time. The shard files of `keep` are returned too, ready to serve as a static host would.
 */
export function generateFeed(keep: readonly string[]): { manifest: string; kept: Map<string, Buffer> } {
  const kept = new Map<string, Buffer>();
  const shards = FEED_MONTHS.map((month) => {
    const body = shardBody(month);
    if (keep.includes(month)) kept.set(month, shardFile(month, body));
    return { key: month, url: `shards/${month}.json.gz`, hash: createHash('sha256').update(body).digest('hex'), papers: papersIn(month) };
  });
  const manifest = JSON.stringify({ ...HEADER, format: 'arxiv-lens-feed', name: 'Benchmark feed of all arXiv', shards });
  return { manifest, kept };
}
