import type { CuratedEntry, SeedSource, SkippedEntry } from '../types';
import { blocks } from './blocks';

const ARTICLE_TITLE = /\bMamba Series\b/i;
/** The article's closing section; what follows it is the site's footer. */
const CONCLUSION = /^Conclusion$/i;

/** A one-line block that does not read as a sentence. */
function isHeading(block: string): boolean {
  return !block.includes('\n') && block.length <= 80 && !/[.!?:;,]$/.test(block);
}

/**
 * An article walking through a "Mamba series" of models: one section per model, headed by a short
 * name ("Mamba MOE", "CASCADE") rather than the paper's title, which the ids table maps.
 */
export const mambaSeries: SeedSource = {
  name: 'Mamba series article',

  matches: (text) =>
    blocks(text)
      .slice(0, 3)
      .some((block) => ARTICLE_TITLE.test(block)),

  parse(text) {
    const all = blocks(text);
    const warnings: string[] = [];
    const first = all.findIndex((block) => ARTICLE_TITLE.test(block)) + 1;
    let end = all.findIndex((block, i) => i >= first && CONCLUSION.test(block));
    if (end === -1) {
      warnings.push('no "Conclusion" heading: read to the end of the page');
      end = all.length;
    }
    const article = all.slice(first, end);
    const headings = article.flatMap((block, i) => (isHeading(block) ? [i] : []));

    const entries: CuratedEntry[] = [];
    const skipped: SkippedEntry[] = [];
    headings.forEach((at, k) => {
      const heading = article[at]!;
      const summary = article.slice(at + 1, headings[k + 1] ?? article.length).join('\n\n');
      if (summary) entries.push({ heading, tags: [], summary: { text: summary } });
      else skipped.push({ entry: heading, reason: 'a heading with no paragraph under it' });
    });
    return { entries, skipped, warnings };
  },
};
