import { describe, expect, it } from 'vitest';
import { backupExport } from '@/lib/exchange/formats/backup';
import { bibtexExport } from '@/lib/exchange/formats/bibtex';
import { csvExport } from '@/lib/exchange/formats/csv';
import { exportUserData } from '@/lib/exchange/export';
import { detectImportFormat, EXPORT_FORMATS, IMPORT_FORMATS } from '@/lib/exchange/formats';
import { importUserData } from '@/lib/exchange/import';
import { readSnapshot } from '@/lib/exchange/snapshot';
import { ImportError } from '@/lib/exchange/types';
import { freshDb } from '../../helpers/packs';
import { dumpDb, NOW, seedLibrary } from './helpers';

/** A 1×1 PNG, read as text the way a file input's File.text() reads it. */
const PNG = new TextDecoder().decode(
  Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0)),
);

describe('choosing the import format', () => {
  it('recognises each of its own exports, a BOM or not', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const papers = await readSnapshot(db);
    expect(detectImportFormat(backupExport.serialize(papers, NOW)).id).toBe('backup');
    expect(detectImportFormat(`\uFEFF${backupExport.serialize(papers, NOW)}`).id).toBe('backup');
    expect(detectImportFormat(bibtexExport.serialize(papers, NOW)).id).toBe('bibtex');
    expect(detectImportFormat('# my list\n2405.20519\n').id).toBe('id-list');
    expect(IMPORT_FORMATS.map((f) => f.id)).toEqual(['backup', 'bibtex', 'id-list']);
  });

  it('imports a backup with a byte-order mark', async () => {
    const source = await freshDb();
    await seedLibrary(source);
    const target = await freshDb();
    const report = await importUserData(target, `\uFEFF${backupExport.serialize(await readSnapshot(source), NOW)}`, NOW);
    expect(report).toMatchObject({ format: 'backup', added: 6 });
  });

  const foreign: [string, string][] = [
    ['an empty file', ''],
    ['a file of blank lines and comments', '\n  \n# nothing here\n'],
    ['PNG bytes', PNG],
    ['a JSON object of something else', JSON.stringify({ name: 'package', version: '1.0.0', dependencies: { zod: '^4' } }, null, 2)],
    ['a JSON array of ids', JSON.stringify(['2405.20519', '1706.03762'], null, 2)],
    ['an arXiv Lens pack', JSON.stringify({ format: 'arxiv-lens-pack', schemaVersion: 1, papers: [] })],
    [
      'a backup under another format name',
      JSON.stringify({ format: 'arxiv-lens-backup-pro', version: 1, exportedAt: NOW.toISOString(), papers: [] }),
    ],
    ['a CSV of something else', 'name,email,amount\r\nAda,ada@example.org,12\r\nAlan,alan@example.org,"1,000"\r\n'],
    ['prose', 'Dear colleague,\nplease find attached the slides from Tuesday.\nBest, A.'],
  ];

  it.each(foreign)('refuses %s with a clear error, and changes nothing', async (_, text) => {
    const db = await freshDb();
    await seedLibrary(db);
    const before = await dumpDb(db);
    await expect(importUserData(db, text, NOW)).rejects.toThrow(
      new ImportError('This file is not an arXiv Lens backup, a BibTeX file or a list of arXiv ids.'),
    );
    expect(await dumpDb(db)).toBe(before);
  });
});

describe('exporting', () => {
  it('offers every format, each with its file name and type', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const files = await Promise.all(EXPORT_FORMATS.map((format) => exportUserData(db, format, NOW)));
    expect(files.map(({ fileName, mimeType }) => [fileName, mimeType])).toEqual([
      ['arxiv-lens-backup-2024-06-09.json', 'application/json'],
      ['arxiv-lens-bibtex-2024-06-09.bib', 'application/x-bibtex'],
      ['arxiv-lens-csv-2024-06-09.csv', 'text/csv'],
      ['arxiv-lens-ris-2024-06-09.ris', 'application/x-research-info-systems'],
    ]);
    expect(files[2]!.text).toBe(csvExport.serialize(await readSnapshot(db), NOW));
  });

  it('exports an empty database as a backup that imports as nothing', async () => {
    const { text } = await exportUserData(await freshDb(), backupExport, NOW);
    expect(await importUserData(await freshDb(), text, NOW)).toEqual({
      format: 'backup',
      added: 0,
      merged: 0,
      unchanged: 0,
      clamped: 0,
      rejected: [],
    });
  });
});
