import { parseArxivId } from '../arxiv/ids';
import { normalizeTitle } from '../pack/normalize';

export interface IdsTableEntry {
  title: string;
  /** Null when the work is confirmed not to be on arXiv. */
  id: string | null;
}

export interface IdsTable {
  byTitle(title: string): IdsTableEntry | undefined;
  /** For sources that name a paper by a short heading instead of its title. */
  byHeading(heading: string): IdsTableEntry | undefined;
}

const COLUMNS = ['title', 'arxiv_id', 'seed_heading'] as const;

/** Reads `arxiv-ids.tsv` (columns title, arxiv_id, seed_heading); throws on a row it cannot trust. */
export function parseIdsTable(tsv: string): IdsTable {
  const [header = '', ...rows] = tsv.replace(/\r\n?/g, '\n').split('\n');
  const names = header.split('\t').map((name) => name.trim());
  const column = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)]));
  const missing = COLUMNS.filter((name) => column[name] === -1);
  if (missing.length > 0) throw new Error(`arxiv-ids.tsv: no column ${missing.join(', ')} in the header`);

  const titles = new Map<string, IdsTableEntry>();
  const headings = new Map<string, IdsTableEntry>();
  rows.forEach((row, i) => {
    if (!row.trim()) return;
    const cells = row.split('\t').map((cell) => cell.trim());
    const [title = '', rawId = '', heading = ''] = COLUMNS.map((name) => cells[column[name]!] ?? '');
    const where = `arxiv-ids.tsv line ${i + 2}`;
    if (!title) throw new Error(`${where}: no title`);
    const id = rawId ? parseArxivId(rawId)?.id : null;
    if (id === undefined) throw new Error(`${where}: "${rawId}" is not an arXiv id`);
    const known = { title, id };
    const key = normalizeTitle(title);
    const earlier = titles.get(key);
    if (earlier && earlier.id !== id) throw new Error(`${where}: "${title}" is listed before with another id`);
    titles.set(key, known);
    if (heading) headings.set(normalizeTitle(heading), known);
  });

  return {
    byTitle: (title) => titles.get(normalizeTitle(title)),
    byHeading: (heading) => headings.get(normalizeTitle(heading)),
  };
}
