import { absUrl } from '../../arxiv/ids';
import { bestSummary } from '../../paper/best-summary';
import { oneLine, savedPapers } from '../citation';
import type { ExportFormat, SavedPaper } from '../types';

const COLUMNS: [string, (paper: SavedPaper) => string][] = [
  ['id', (p) => p.id],
  ['url', (p) => absUrl(p.id)],
  ['title', (p) => p.title ?? ''],
  ['authors', (p) => p.authors?.join('; ') ?? ''],
  ['published', (p) => p.published ?? ''],
  ['state', (p) => p.saved.state],
  ['added', (p) => isoTime(p.saved.addedAt)],
  ['updated', (p) => isoTime(p.saved.updatedAt)],
  ['tags', (p) => p.tags.join('; ')],
  ['note', (p) => p.note?.text ?? ''],
  // Bibliographic columns last, so files from earlier versions keep their column positions.
  ['version', (p) => (p.version ? String(p.version) : '')],
  ['primary_category', (p) => p.primaryClass ?? ''],
  ['doi', (p) => p.doi ?? ''],
  ['journal_ref', (p) => p.journalRef ?? ''],
  ['summary', (p) => oneLine(bestSummary(p.summaries ?? [])?.text ?? '')],
];

/**
 * The reading list as a spreadsheet: RFC 4180 (CRLF, quoted fields), with a byte-order mark so
 * that Excel reads it as UTF-8.
 */
export const csvExport: ExportFormat = {
  id: 'csv',
  label: 'Reading list (CSV)',
  extension: 'csv',
  mimeType: 'text/csv',
  serialize(papers) {
    const rows = [COLUMNS.map(([name]) => name), ...savedPapers(papers).map((paper) => COLUMNS.map(([, value]) => value(paper)))];
    return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  },
};

/**
 * A cell that starts like a formula (`=`, `+`, `-`, `@`, or a tab or carriage return before one)
 * would run when the file is opened in a spreadsheet; a leading quote makes it text.
 */
function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function isoTime(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}
