import type { LensDB } from '../db/db';
import { readSnapshot } from './snapshot';
import type { ExportFormat } from './types';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** The user's data in one format, with the name to save it under (dated by the user's own calendar). */
export async function exportUserData(db: LensDB, format: ExportFormat, now: Date): Promise<ExportFile> {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return {
    fileName: `arxiv-lens-${format.id}-${day}.${format.extension}`,
    mimeType: format.mimeType,
    text: format.serialize(await readSnapshot(db), now),
  };
}
