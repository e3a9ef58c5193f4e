import type { SavedPaper, UserPaper } from './types';

/** The reading list out of a snapshot: what the citation formats (BibTeX, CSV, RIS) export. */
export function savedPapers(papers: UserPaper[]): SavedPaper[] {
  return papers.filter((paper): paper is SavedPaper => paper.saved !== undefined);
}

/**
 * The year to cite: the publication date when a pack gave one, else the year the identifier
 * encodes (arXiv ids start with the year and month of submission).
 */
export function citationYear(paper: UserPaper): string {
  if (paper.published) return paper.published.slice(0, 4);
  const yy = Number(/(\d{2})\d{2}[.\d]/.exec(paper.id)?.[1]);
  // Old-style ids ran from 1991 to 2007; new-style ones start in 2007.
  return String(yy >= 91 ? 1900 + yy : 2000 + yy);
}

/** One line of text: citation formats break on line ends inside a value. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
