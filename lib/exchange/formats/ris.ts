import { absUrl } from '../../arxiv/ids';
import { citationYear, oneLine, savedPapers } from '../citation';
import type { ExportFormat, SavedPaper } from '../types';

/** The reading list for reference managers (EndNote, Zotero, Mendeley): one UNPB (preprint) record a paper. */
export const risExport: ExportFormat = {
  id: 'ris',
  label: 'Reading list (RIS)',
  extension: 'ris',
  mimeType: 'application/x-research-info-systems',
  serialize(papers) {
    return savedPapers(papers).map(toRisRecord).join('\r\n');
  },
};

function toRisRecord(paper: SavedPaper): string {
  const note = paper.note?.text.trim();
  const lines: [string, string][] = [
    ['TY', 'UNPB'],
    ['ID', paper.id],
    ...(paper.title ? [['TI', paper.title] as [string, string]] : []),
    ...(paper.authors ?? []).map((author): [string, string] => ['AU', author]),
    ['PY', citationYear(paper)],
    ...(paper.published ? [['DA', paper.published.slice(0, 10).replace(/-/g, '/')] as [string, string]] : []),
    ...(paper.journalRef ? [['JO', paper.journalRef] as [string, string]] : []),
    ['UR', absUrl(paper.id)],
    ['DO', `10.48550/arXiv.${paper.id}`],
    ...(note ? [['N1', note] as [string, string]] : []),
    ...paper.tags.map((tag): [string, string] => ['KW', tag]),
    ['ER', ''],
  ];
  // Every value on one line: a line break inside one would start a line RIS reads as a new tag.
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n') + '\r\n';
}
