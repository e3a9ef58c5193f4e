import { parseArxivId } from '../../arxiv/ids';
import type { ImportFormat, ParsedImport } from '../types';

/** A line that carries something: not blank, not a `#` comment. */
function contentLines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line && !line.startsWith('#'));
}

/** Plain text, one arXiv id, `arXiv:` reference or paper URL a line; each becomes a saved paper. */
export const idListImport: ImportFormat = {
  id: 'id-list',
  label: 'List of arXiv ids or URLs',
  // Only a text with at least one id is a list of ids; anything else is a foreign file.
  sniff: (text) => contentLines(text).some(({ line }) => parseArxivId(line) !== null),
  parse(text) {
    const parsed: ParsedImport = { papers: [], rejected: [] };
    for (const { line, number } of contentLines(text)) {
      const id = parseArxivId(line)?.id;
      if (id) parsed.papers.push({ id, saved: { state: 'to-read' }, tags: [] });
      else
        parsed.rejected.push({
          record: `line ${number}: ${line.length > 80 ? `${line.slice(0, 80)}…` : line}`,
          reason: 'not an arXiv id or arXiv URL',
        });
    }
    return parsed;
  },
};
