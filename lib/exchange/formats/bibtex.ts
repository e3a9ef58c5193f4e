import { absUrl, findArxivIds, parseArxivId } from '../../arxiv/ids';
import { DOI_PATTERN } from '../../paper/doi';
import { BibtexLimitError, BibtexSyntaxError, readBibtex, type BibEntry } from '../bibtex-reader';
import { citationYear, oneLine, savedPapers } from '../citation';
import { decodeLatex, escapeLatex, splitTopLevel } from '../latex';
import { ImportError, PRIMARY_CLASS, type ExportFormat, type ImportFormat, type ParsedImport, type UserPaper } from '../types';

export const bibtexExport: ExportFormat = {
  id: 'bibtex',
  label: 'Reading list (BibTeX)',
  extension: 'bib',
  mimeType: 'application/x-bibtex',
  serialize(papers, now) {
    const entries = savedPapers(papers).map(toBibtexEntry);
    return `${[`% arXiv Lens reading list, exported ${now.toISOString()}`, ...entries].join('\n\n')}\n`;
  },
};

export const bibtexImport: ImportFormat = {
  id: 'bibtex',
  label: 'BibTeX',
  sniff: (text) => /^\s*@\s*[a-zA-Z]+\s*[{(]/m.test(text),
  parse(text) {
    let entries: BibEntry[];
    try {
      entries = readBibtex(text);
    } catch (error) {
      if (error instanceof BibtexSyntaxError) throw new ImportError(`This BibTeX file is damaged at line ${error.line}: ${error.message}.`);
      if (error instanceof BibtexLimitError) throw new ImportError(`This BibTeX file was not read: ${error.message}.`);
      throw error;
    }
    const parsed: ParsedImport = { papers: [], rejected: [] };
    for (const entry of entries) {
      const paper = fromBibtexEntry(entry);
      if (paper) parsed.papers.push(paper);
      else parsed.rejected.push({ record: `@${entry.type}{${entry.key}}`, reason: 'no arXiv id' });
    }
    return parsed;
  },
};

/**
 * `<first author's last name or "arxiv"><year>_<id>`: the id makes it unique, and nothing in it
 * depends on the order of the list or the day of the export.
 */
export function bibtexKey(paper: UserPaper): string {
  const lastName = paper.authors?.[0]?.trim().split(/\s+/).pop() ?? '';
  const ascii = lastName
    .normalize('NFKD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
  return `${ascii || 'arxiv'}${citationYear(paper)}_${paper.id.replace(/[./]/g, '_')}`;
}

/**
 * Text fields are escaped (`escapeLatex`), so no value can close its braces or run a command such
 * as `\input`; the verbatim ones (category, DOI) are written only when they match their pattern.
 */
function toBibtexEntry(paper: UserPaper): string {
  const fields: [string, string | undefined][] = [
    ['title', paper.title && escapeLatex(oneLine(paper.title))],
    ['author', paper.authors?.length ? paper.authors.map(bibtexName).join(' and ') : undefined],
    ['year', citationYear(paper)],
    ['eprint', paper.id],
    ['archivePrefix', 'arXiv'],
    ['primaryClass', paper.primaryClass && PRIMARY_CLASS.test(paper.primaryClass) ? paper.primaryClass : undefined],
    ['journal', paper.journalRef && escapeLatex(oneLine(paper.journalRef))],
    ['doi', paper.doi && DOI_PATTERN.test(paper.doi) ? paper.doi : undefined],
    ['url', absUrl(paper.id)],
    ['keywords', paper.tags.length ? paper.tags.map(bibtexKeyword).join(', ') : undefined],
    // annote, not note: bibliography styles print note, and the user's notes are not for the reader of a paper.
    ['annote', paper.note?.text.trim() ? escapeLatex(paper.note.text) : undefined],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}}`] : []));
  // A paper published in a journal is cited as an article; a preprint as a misc entry, as arXiv does.
  return `@${paper.journalRef ? 'article' : 'misc'}{${bibtexKey(paper)},\n${body.join(',\n')}\n}`;
}

/** Braces keep a name whole when it holds a comma or an " and ", which BibTeX would split on. */
function bibtexName(name: string): string {
  const escaped = escapeLatex(oneLine(name));
  return /,|\sand\s/i.test(name) ? `{${escaped}}` : escaped;
}

function bibtexKeyword(tag: string): string {
  const escaped = escapeLatex(oneLine(tag));
  return /[,;]/.test(tag) ? `{${escaped}}` : escaped;
}

/** Zotero writes the arXiv reference of a preprint into `note`; it is not the user's note. */
const ARXIV_REFERENCE_NOTE = /^arxiv:\s*\S+(?:\s+\[[^\]]*\])?$/i;

function fromBibtexEntry(entry: BibEntry): UserPaper | null {
  const id = arxivIdOf(entry.fields);
  if (!id) return null;
  const field = (name: string) => {
    const raw = entry.fields.get(name);
    return raw === undefined ? '' : decodeLatex(raw);
  };
  const title = field('title');
  const authors = splitTopLevel(entry.fields.get('author') ?? '', /\s+and\s+/i)
    .map(personName)
    .filter((name) => name && name.toLowerCase() !== 'others');
  const primaryClass = field('primaryclass');
  const tags = splitTopLevel(entry.fields.get('keywords') ?? '', /[,;]/)
    .map((tag) => decodeLatex(tag))
    .filter(Boolean);
  const note = ['note', 'annote']
    .map((name) => decodeLatex(entry.fields.get(name) ?? '', { keepLines: true }))
    .filter((text) => text && !ARXIV_REFERENCE_NOTE.test(text))
    .join('\n\n');
  return {
    id,
    ...(title ? { title } : {}),
    ...(authors.length ? { authors } : {}),
    ...(PRIMARY_CLASS.test(primaryClass) ? { primaryClass } : {}),
    saved: { state: 'to-read' },
    tags,
    ...(note ? { note: { text: note } } : {}),
  };
}

/**
 * The arXiv id of an entry: its `eprint` when the archive is arXiv (or unnamed), else an arXiv
 * `url` or DOI, else an arXiv reference in the text of `journal`, `note` or `howpublished`
 * ("arXiv preprint arXiv:1706.03762", as Google Scholar writes it).
 */
function arxivIdOf(fields: Map<string, string>): string | undefined {
  const plain = (name: string) => fields.get(name)?.replace(/[{}]/g, '').trim();
  const archive = plain('archiveprefix') ?? plain('eprinttype');
  const eprint = plain('eprint');
  if (eprint && (archive === undefined || /^arxiv$/i.test(archive))) {
    const id = parseArxivId(eprint)?.id;
    if (id) return id;
  }
  for (const name of ['url', 'doi']) {
    const value = plain(name);
    const id = value ? parseArxivId(value)?.id : undefined;
    if (id) return id;
  }
  for (const name of ['journal', 'note', 'howpublished']) {
    const value = fields.get(name);
    const found = value ? findArxivIds(decodeLatex(value))[0] : undefined;
    if (found) return found.id;
  }
  return undefined;
}

/** "Vaswani, Ashish" and "Ashish Vaswani" both become "Ashish Vaswani", as packs write names. */
function personName(raw: string): string {
  const parts = splitTopLevel(raw, /,/);
  const ordered = parts.length === 2 ? [parts[1], parts[0]] : parts.length === 3 ? [parts[2], parts[0], parts[1]] : parts;
  return decodeLatex(ordered.join(' '));
}
