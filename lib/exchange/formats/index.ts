/** The export and import formats: one file per format, each registered here. */
import { backupExport, backupImport } from './backup';
import { bibtexExport, bibtexImport } from './bibtex';
import { csvExport } from './csv';
import { idListImport } from './id-list';
import { risExport } from './ris';
import { FOREIGN_FILE, ImportError, type ExportFormat, type ImportFormat } from '../types';

export const EXPORT_FORMATS: readonly ExportFormat[] = [backupExport, bibtexExport, csvExport, risExport];

/** In the order they are tried: the most particular first, the list of ids (any text) last. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [backupImport, bibtexImport, idListImport];

export function detectImportFormat(text: string): ImportFormat {
  const format = IMPORT_FORMATS.find((candidate) => candidate.sniff(text));
  if (!format) throw new ImportError(FOREIGN_FILE);
  return format;
}
