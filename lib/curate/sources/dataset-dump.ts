import { parseArxivId } from '../../arxiv/ids';
import type { CuratedEntry, SeedSource, SkippedEntry } from '../types';
import { excerpt } from './blocks';

function lines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
}

/** The column header: names, each followed by the viewer's type and length statistics. */
function headerLength(all: string[]): number {
  const firstRow = all.findIndex((line) => parseArxivId(line) !== null);
  return firstRow === -1 ? all.length : firstRow;
}

/**
 * A dataset viewer's dump with the columns `arxiv_id` and `abstract`: a header, then each row as an
 * id line and an abstract line. No titles, no summaries: it brings ids and abstracts.
 */
export const datasetDump: SeedSource = {
  name: 'Abstracts dataset',

  matches(text) {
    const all = lines(text);
    const header = all.slice(0, headerLength(all));
    return header[0] === 'arxiv_id' && header.includes('abstract');
  },

  parse(text) {
    const all = lines(text);
    const entries: CuratedEntry[] = [];
    const skipped: SkippedEntry[] = [];
    let pendingId: string | undefined;
    for (const line of all.slice(headerLength(all))) {
      if (!line) continue;
      const id = parseArxivId(line);
      if (id) {
        if (pendingId) skipped.push({ entry: pendingId, reason: 'an arxiv_id with no abstract' });
        pendingId = id.id;
      } else if (pendingId) {
        entries.push({ id: pendingId, abstract: line, tags: [] });
        pendingId = undefined;
      } else {
        skipped.push({ entry: excerpt(line), reason: 'an abstract with no arxiv_id' });
      }
    }
    if (pendingId) skipped.push({ entry: pendingId, reason: 'an arxiv_id with no abstract' });
    return { entries, skipped, warnings: [] };
  },
};
