import type { Summary } from '../pack/schema';
import type { PaperRecord } from '../db/db';
import { SOURCE_ORIGIN_KEYS } from '../sources/keys';
import type { KnownPaper } from './known-paper';

/**
 * Which record's word counts for a fact held by several: arXiv itself first, then what an arXiv page
 * showed, then Hugging Face and Semantic Scholar, then packs (in the order they were read).
 */
const METADATA_RANK: readonly string[] = [
  SOURCE_ORIGIN_KEYS.arxiv,
  SOURCE_ORIGIN_KEYS.page,
  SOURCE_ORIGIN_KEYS['hf-paper'],
  SOURCE_ORIGIN_KEYS['hf-daily'],
  SOURCE_ORIGIN_KEYS['semantic-scholar'],
];

/** Summaries: people's (packs) before machines' (sources). */
const SUMMARY_RANK: readonly string[] = [SOURCE_ORIGIN_KEYS['hf-daily'], SOURCE_ORIGIN_KEYS['hf-paper'], SOURCE_ORIGIN_KEYS['semantic-scholar']];

function rankedBy(order: readonly string[], packsFirst: boolean) {
  const rank = (record: PaperRecord) => {
    const at = order.indexOf(record.packKey);
    if (at === -1) return packsFirst ? -1 : order.length;
    return at;
  };
  return (records: readonly PaperRecord[]) =>
    records
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .map(({ r }) => r);
}

const byMetadata = rankedBy(METADATA_RANK, false);
const bySummary = rankedBy(SUMMARY_RANK, true);

type Scalar = Exclude<keyof KnownPaper, 'id' | 'summaries' | 'curatedTags'>;
const SCALARS: readonly Scalar[] = [
  'title',
  'authors',
  'published',
  'updated',
  'version',
  'categories',
  'doi',
  'journalRef',
  'comment',
  'abstract',
  'upvotes',
  'citationCount',
  'github',
  'projectPage',
];

/**
 * Facts only one service can vouch for, taken from its records alone: the UI names the service beside
 * them ("upvotes on Hugging Face"), and the popup's "v3 available" must mean arXiv has a v3.
 */
const VOUCHED_BY: Partial<Record<Scalar, readonly string[]>> = {
  version: [SOURCE_ORIGIN_KEYS.arxiv],
  upvotes: [SOURCE_ORIGIN_KEYS['hf-daily'], SOURCE_ORIGIN_KEYS['hf-paper']],
  github: [SOURCE_ORIGIN_KEYS['hf-daily'], SOURCE_ORIGIN_KEYS['hf-paper']],
  projectPage: [SOURCE_ORIGIN_KEYS['hf-daily'], SOURCE_ORIGIN_KEYS['hf-paper']],
  citationCount: [SOURCE_ORIGIN_KEYS['semantic-scholar']],
};

export interface MergeOptions {
  /** Summary sources the user chose to hide everywhere. */
  hiddenSources?: ReadonlySet<string>;
}

/**
 * The one answer to "what is known of this paper": every record of it merged. Each fact comes from
 * the best-ranked record that has it; summaries and tags are gathered from all, each once (the same
 * summary in two packs is one summary).
 */
export function mergePaper(id: string, records: readonly PaperRecord[], options: MergeOptions = {}): KnownPaper {
  const paper: KnownPaper = { id, summaries: [], curatedTags: [] };
  for (const record of byMetadata(records)) {
    for (const field of SCALARS) {
      if (VOUCHED_BY[field] && !VOUCHED_BY[field].includes(record.packKey)) continue;
      const value = record[field];
      if (paper[field] === undefined && value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
        (paper as Record<Scalar, unknown>)[field] = value;
      }
    }
  }
  const seen = new Set<string>();
  const tags = new Set<string>();
  for (const record of bySummary(records)) {
    for (const summary of record.summaries) {
      const key = summaryKey(summary);
      if (seen.has(key) || options.hiddenSources?.has(summary.source)) continue;
      seen.add(key);
      paper.summaries.push(summary);
    }
    record.tags.forEach((tag) => tags.add(tag));
  }
  paper.curatedTags = [...tags];
  return paper;
}

function summaryKey(summary: Summary): string {
  return `${summary.source}\u0000${summary.text}`;
}
