import { z } from 'zod';
import { describeZodError } from '../../pack/parse';
import { IMPORT_LIMITS } from '../../paper/limits';
import { validatePapers } from '../validate';
import { FOREIGN_FILE, ImportError, type ExportFormat, type ImportFormat } from '../types';

const BACKUP_FORMAT = 'arxiv-lens-backup';
const BACKUP_VERSION = 1;

/** The envelope; each paper in it is checked on its own, so one bad record does not sink the rest. */
const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  papers: z.array(z.unknown()).max(IMPORT_LIMITS.papers),
});

export const backupExport: ExportFormat = {
  id: 'backup',
  label: 'Full backup (JSON)',
  extension: 'json',
  mimeType: 'application/json',
  serialize(papers, now) {
    const backup: z.input<typeof BackupSchema> = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      papers,
    };
    return `${JSON.stringify(backup, null, 2)}\n`;
  },
};

export const backupImport: ImportFormat = {
  id: 'backup',
  label: 'arXiv Lens backup',
  // A damaged backup is still claimed here, so the user hears that it is damaged, not foreign.
  sniff: (text) => /^\s*\{/.test(text) && text.includes(BACKUP_FORMAT),
  parse(text) {
    let json: unknown;
    try {
      json = JSON.parse(text.trimStart());
    } catch (error) {
      throw new ImportError(`This arXiv Lens backup is damaged or incomplete (${(error as Error).message}).`);
    }
    const { format, version } = (json ?? {}) as { format?: unknown; version?: unknown };
    if (format !== BACKUP_FORMAT) throw new ImportError(FOREIGN_FILE);
    if (version !== BACKUP_VERSION) {
      throw new ImportError(
        `This backup has version ${JSON.stringify(version) ?? 'none'}; this version of arXiv Lens reads version ${BACKUP_VERSION}. ` +
          'If it comes from a newer arXiv Lens, update the extension first.',
      );
    }
    const backup = BackupSchema.safeParse(json);
    if (!backup.success) throw new ImportError(`This arXiv Lens backup is damaged: ${describeZodError(backup.error)}.`);
    return validatePapers(backup.data.papers, (index) => `papers[${index}]`);
  },
};
