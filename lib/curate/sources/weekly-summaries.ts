import { parseMonthDay } from '../dates';
import type { CuratedEntry, SeedSource, SkippedEntry } from '../types';
import { blocks } from './blocks';

const ISSUE = /^Weekly New AI Paper Summaries - (\w+) (\d{1,2}), (\d{4})$/m;
const TITLE = /^#\s+(.+)$/;
/** The newsletter's sign-off, after the last summary. */
const SIGN_OFF = /^Thanks for (?:reading|listening)/i;

/** "Weekly New AI Paper Summaries": a `# Title` heading per paper, then machine-written paragraphs. */
export const weeklySummaries: SeedSource = {
  name: 'Weekly AI Paper Summaries',
  // The newsletter's summaries are machine-written, a paragraph or several under each title.
  machineWritten: true,

  matches: (text) => ISSUE.test(text) && /^#\s/m.test(text),

  parse(text) {
    const issue = ISSUE.exec(text);
    const date = issue ? parseMonthDay(issue[1]!, issue[2]!, issue[3]) : undefined;
    const warnings = date ? [] : ['no readable issue date: the summaries go undated'];

    const all = blocks(text);
    const signOff = all.findIndex((block) => SIGN_OFF.test(block));
    const body = signOff === -1 ? all : all.slice(0, signOff);
    if (signOff === -1) warnings.push('no sign-off line: the last summary runs to the end of the page');

    const headings = body.flatMap((block, i) => (TITLE.test(block) ? [i] : []));
    const entries: CuratedEntry[] = [];
    const skipped: SkippedEntry[] = [];
    headings.forEach((at, k) => {
      const title = TITLE.exec(body[at]!)![1]!;
      const summary = body.slice(at + 1, headings[k + 1] ?? body.length).join('\n\n');
      if (summary) entries.push({ title, tags: [], summary: { text: summary, date } });
      else skipped.push({ entry: title, reason: 'a title with no summary under it' });
    });
    return { entries, skipped, warnings };
  },
};
