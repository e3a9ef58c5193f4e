import type { Summary } from '../pack/schema';
import { keySentence } from '../summary/key-sentence';
import { KEY_SENTENCE_SOURCE } from './key-sentence-source';

export { KEY_SENTENCE_SOURCE };

/**
 * The key sentences made here. What marks one is how it was made, not its source's name: a pack's
 * summary under that name is a person's, and must not be labelled "not AI-generated" or ranked last.
 */
const madeHere = new WeakSet<Summary>();

export function isKeySentence(summary: Summary): boolean {
  return madeHere.has(summary);
}

/** A person's summary (a pack's) before a machine's or a service's, and the abstract's own words last. */
function rank(summary: Summary): number {
  if (isKeySentence(summary)) return 2;
  return summary.generated ? 1 : 0;
}

/** The summaries best first; among equals, in the order the merge gave them (packs as read, then sources). */
export function rankedSummaries(summaries: readonly Summary[]): Summary[] {
  return summaries
    .map((summary, i) => ({ summary, i }))
    .sort((a, b) => rank(a.summary) - rank(b.summary) || a.i - b.i)
    .map(({ summary }) => summary);
}

/** The one line a row, a panel's head or an export shows of a paper. */
export function bestSummary(summaries: readonly Summary[]): Summary | undefined {
  return rankedSummaries(summaries)[0];
}

/** The abstract's key sentence as a summary: picked from the authors' own words, not written by a model. */
export function keySentenceSummary(abstract: string, title?: string): Summary | undefined {
  const sentence = keySentence(abstract, title);
  if (!sentence) return undefined;
  const summary: Summary = { source: KEY_SENTENCE_SOURCE, text: sentence.text };
  madeHere.add(summary);
  return summary;
}

/**
 * What a paper shows, best first: its summaries, or, when it has none, the key sentence of its
 * abstract. The abstract is read (and scored) only then, as most papers on a page have no summary
 * but reading every abstract of a listing is work the page would pay for nothing.
 */
export function shownSummaries(summaries: readonly Summary[], abstract: () => string | undefined, title?: string): Summary[] {
  if (summaries.length > 0) return rankedSummaries(summaries);
  const text = abstract();
  const key = text ? keySentenceSummary(text, title) : undefined;
  return key ? [key] : [];
}
