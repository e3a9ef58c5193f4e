import { isCanonicalArxivId } from '../arxiv/ids';
import type { SavedPaper, UserPaper } from './types';

/**
 * The reading list out of a snapshot: what the citation formats (BibTeX, CSV, RIS) export. The id
 * goes into keys and links unescaped, so a paper whose id is not a canonical arXiv id is left out.
 */
export function savedPapers(papers: UserPaper[]): SavedPaper[] {
  return papers.filter((paper): paper is SavedPaper => paper.saved !== undefined && isCanonicalArxivId(paper.id));
}

/**
 * The year to cite: the publication date when a pack gave one, else the year the identifier
 * encodes (arXiv ids start with the year and month of submission).
 */
export function citationYear(paper: UserPaper): string {
  const published = paper.published?.slice(0, 4);
  if (published && /^\d{4}$/.test(published)) return published;
  const yy = Number(/(\d{2})\d{2}[.\d]/.exec(paper.id)?.[1]);
  // Old-style ids ran from 1991 to 2007; new-style ones start in 2007.
  return String(yy >= 91 ? 1900 + yy : 2000 + yy);
}

/**
 * One line of text: citation formats break on line ends inside a value. Every character a reader
 * might take for one (vertical tab, form feed, next line, the Unicode line and paragraph
 * separators) and every other control character but the tab goes too.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/\s*[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+\s*/g, ' ').trim();
}
