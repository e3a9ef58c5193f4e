import { parseMonthDay } from '../dates';
import { findMojibake, repairMojibake } from '../mojibake';
import type { CuratedEntry, SeedSource, SkippedEntry } from '../types';
import { blocks, excerpt } from './blocks';

const ISSUE = /^The AI Timeline #\d+$/m;
/** "June 3rd ~ June 9th": the week an issue covers, without a year. */
const WEEK = /^(\w+) (\d{1,2})(?:st|nd|rd|th)? ~ (\w+) (\d{1,2})(?:st|nd|rd|th)?$/;
/** "Kapur et al. [University of California, Berkeley]" under a paper's title. */
const AUTHORS = /^[^\n[]+\[[^\]\n]+\]$/;
/** "♥ 5.4k   Diffusion" under the authors: likes, then the paper's topic. */
const LIKES_AND_TOPIC = /^♥\s*[\d.,]+k?\s+(\S.*)$/;
/** "1. ♥ 1.1k Stability AI launched …": an industry news line. */
const NEWS_ITEM = /^\s*\d+\.\s*♥\s*[\d.,]+k?\s+(\S[\s\S]*)$/;
/** The comment box under the post. */
const END_OF_POST = /^Reply$/;

/**
 * "The AI Timeline" newsletter: a few one-line industry news items, then per paper its title, an
 * authors line, a likes-and-topic line and a summary in several sections. The capture is mojibake.
 */
export const aiTimeline: SeedSource = {
  name: 'AI Timeline',

  matches: (text) => ISSUE.test(text),

  parse(raw) {
    const text = repairMojibake(raw);
    const warnings = findMojibake(text).map((left) => `mojibake left unrepaired: "${left}"`);
    const all = blocks(text);
    const end = all.findIndex((block) => END_OF_POST.test(block));
    const post = end === -1 ? all : all.slice(0, end);

    const week = post.map((block) => WEEK.exec(block)).find((m) => m !== null);
    const date = week ? parseMonthDay(week[3]!, week[4]!) : undefined;
    if (!date) warnings.push('no "June 3rd ~ June 9th" line: the summaries go undated');

    const starts = post.flatMap((block, i) => (i >= 2 && LIKES_AND_TOPIC.test(block) && AUTHORS.test(post[i - 1]!) ? [i - 2] : []));
    const entries: CuratedEntry[] = [];
    const skipped: SkippedEntry[] = [];
    starts.forEach((start, k) => {
      const title = post[start]!;
      const topic = LIKES_AND_TOPIC.exec(post[start + 2]!)![1]!;
      const summary = post.slice(start + 3, starts[k + 1] ?? post.length).join('\n\n');
      if (!summary) {
        skipped.push({ entry: excerpt(title), reason: 'a paper heading with no summary under it' });
        return;
      }
      entries.push({ title, tags: [topic], summary: { text: summary, date } });
    });

    // News items name a product or a model release, not a paper: nothing to key them by.
    for (const block of post.slice(0, starts[0] ?? post.length)) {
      const news = NEWS_ITEM.exec(block);
      if (news) skipped.push({ entry: excerpt(news[1]!), reason: 'industry news item: names no paper' });
    }
    return { entries, skipped, warnings };
  },
};
