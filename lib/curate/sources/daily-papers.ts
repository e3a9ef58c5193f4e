import { parseMonthDay } from '../dates';
import type { CuratedEntry, SeedSource, SkippedEntry, SourceDate } from '../types';
import { blocks, excerpt } from './blocks';

const PAGE = /^Daily Papers$/m;
/** "  • 3 authors\n·\nOct 1, 2024" under each abstract; the year may be missing, an upvote count may follow. */
const META = /^\s*•\s*\d+ authors?\n·\n([A-Z][a-z]+) (\d{1,2})(?:, (\d{4}))?(?: \d+)?$/;

/**
 * A "Daily Papers" listing: title, the authors' abstract, then the author count and the date.
 * The abstract is the authors' own text, so it is kept as the abstract, not as a summary.
 */
export const dailyPapers: SeedSource = {
  name: 'Daily Papers',

  matches: (text) => PAGE.test(text) && blocks(text).some((block) => META.test(block)),

  parse(text) {
    const all = blocks(text);
    const warnings: string[] = [];
    const skipped: SkippedEntry[] = [];
    const listed: { title: string; abstract: string; date: SourceDate | undefined }[] = [];
    let previousMeta = -1;
    all.forEach((block, i) => {
      const meta = META.exec(block);
      if (!meta) return;
      const title = all[i - 2];
      const abstract = all[i - 1];
      if (i - 2 <= previousMeta || title === undefined || abstract === undefined || title.includes('\n')) {
        skipped.push({ entry: excerpt(block), reason: 'no title and abstract above this date line' });
      } else {
        listed.push({ title, abstract, date: parseMonthDay(meta[1]!, meta[2]!, meta[3]) });
      }
      previousMeta = i;
    });

    // The listing prints the year only for dates outside the current year, so a yearless date lies
    // in a year after every printed one; the earliest such year is the only one the page supports.
    const printedYears = listed.flatMap(({ date }) => (date?.year === undefined ? [] : [date.year]));
    const currentYear = printedYears.length > 0 ? Math.max(...printedYears) + 1 : undefined;

    const entries = listed.map(({ title, abstract, date }): CuratedEntry => {
      const year = date?.year ?? currentYear;
      if (!date || year === undefined) {
        warnings.push(`"${excerpt(title)}": no readable date with a year, left without a published date`);
        return { title, abstract, tags: [] };
      }
      return { title, abstract, tags: [], published: { ...date, year } };
    });
    return { entries, skipped, warnings };
  },
};
