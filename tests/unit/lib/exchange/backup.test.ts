import { describe, expect, it } from 'vitest';
import { backupExport, backupImport } from '@/lib/exchange/formats/backup';
import { importPapers, importUserData } from '@/lib/exchange/import';
import { readSnapshot } from '@/lib/exchange/snapshot';
import { ImportError } from '@/lib/exchange/types';
import type { LensDB } from '@/lib/db/db';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text as packText } from '../../helpers/packs';
import { dumpDb, NOW, seedLibrary, T, userTables } from './helpers';

async function backupOf(seed: (db: LensDB) => Promise<void>) {
  const db = await freshDb();
  await seed(db);
  return { db, text: backupExport.serialize(await readSnapshot(db), NOW) };
}

describe('the backup', () => {
  it('brings back the reading list with states and dates, the tags and the notes, exactly', async () => {
    const { db: source, text } = await backupOf(seedLibrary);
    const target = await freshDb();
    const report = await importUserData(target, text, new Date('2030-01-01T00:00:00Z'));
    expect(report).toEqual({ format: 'backup', added: 6, merged: 0, unchanged: 0, clamped: 0, rejected: [] });
    expect(await userTables(target)).toEqual(await userTables(source));
  });

  it('is read back as the very same file', async () => {
    const { text } = await backupOf(seedLibrary);
    const target = await freshDb();
    await seedLibraryPacksOnly(target);
    await importUserData(target, text, NOW);
    expect(backupExport.serialize(await readSnapshot(target), NOW)).toBe(text);
  });

  it('names its format and version, and when it was made', async () => {
    const { text } = await backupOf(seedLibrary);
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'arxiv-lens-backup', version: 1, exportedAt: '2024-06-09T12:00:00.000Z' });
    expect(json.papers.find((p: { id: string }) => p.id === '1706.03762')).toEqual({
      id: '1706.03762',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      published: '2017-06-12',
      saved: { state: 'done', addedAt: T('2024-01-02T10:00:00Z'), updatedAt: T('2024-02-03T11:00:00Z') },
      tags: ['transformers', 'classic'],
      tagsUpdatedAt: T('2024-01-03T00:00:00Z'),
      note: { text: 'Section 3.2: scaled dot-product.\n\nRe-read the 50% dropout claim & the $d_k$ scaling.', updatedAt: T('2024-02-03T11:00:00Z') },
    });
  });

  it('keeps every summary of a paper, best first, and a backup read back brings none of them into the user data', async () => {
    const summaries = [
      { source: 'Semantic Scholar TLDR', text: 'What a model wrote.', generated: true, model: 'tldr@v2' },
      { source: 'AI Timeline', text: 'What a person wrote.', date: '2024-06-01' },
    ];
    const seed = async (db: LensDB) => {
      await importBundledPack(db, packText(makePack({ papers: [{ id: '2401.00001', title: 'Two summaries', tags: [], summaries }] })));
      await db.readingList.add({ id: '2401.00001', title: 'Two summaries', addedAt: 1, updatedAt: 1, state: 'to-read' });
    };
    const { db, text: backup } = await backupOf(seed);
    expect(JSON.parse(backup).papers[0].summaries).toEqual([summaries[1], summaries[0]]);
    const before = await dumpDb(db);
    expect(await importUserData(db, backup, NOW)).toMatchObject({ unchanged: 1, rejected: [] });
    expect(await dumpDb(db)).toBe(before);
  });

  it('imports a second time without changing anything', async () => {
    const { db, text } = await backupOf(seedLibrary);
    const before = await dumpDb(db);
    const report = await importUserData(db, text, NOW);
    expect(report).toMatchObject({ added: 0, merged: 0, unchanged: 6, rejected: [] });
    expect(await dumpDb(db)).toBe(before);
  });

  it('sets aside a bad record with its reason and imports the others', async () => {
    const { text } = await backupOf(seedLibrary);
    const json = JSON.parse(text);
    json.papers.push(
      { id: '2405.20519v2', saved: { state: 'done', addedAt: 1, updatedAt: 1 }, tags: [] },
      { id: '2401.00001', saved: { state: 'later', addedAt: 1, updatedAt: 1 }, tags: [] },
      { id: '2401.00002', title: 'x'.repeat(1001), saved: { state: 'done', addedAt: 1, updatedAt: 1 }, tags: [] },
      { id: '2401.00003', saved: { state: 'done', addedAt: -5, updatedAt: 1 }, tags: [] },
      { id: '2401.00004', tags: [], note: { text: 'n'.repeat(20_001), updatedAt: 1 } },
      { id: '2401.00005', tags: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      { title: 'no id at all', tags: ['x'] },
      'not even an object',
    );
    const parsed = backupImport.parse(JSON.stringify(json).replace('"addedAt":-5', '"addedAt":1e400'));
    expect(parsed.papers).toHaveLength(6);
    expect(parsed.rejected.map((r) => r.record)).toEqual([
      '2405.20519v2',
      '2401.00001',
      '2401.00002',
      '2401.00003',
      '2401.00004',
      '2401.00005',
      'papers[12]',
      'papers[13]',
    ]);
    expect(parsed.rejected[0]!.reason).toMatch(/^id: not a canonical arXiv id/);
    expect(parsed.rejected[1]!.reason).toMatch(/^saved\.state:/);
    expect(parsed.rejected[2]!.reason).toMatch(/^title:/);
    expect(parsed.rejected[3]!.reason).toMatch(/^saved\.addedAt:/);
    expect(parsed.rejected[4]!.reason).toMatch(/^note\.text:/);
    expect(parsed.rejected[5]!.reason).toMatch(/^tags:/);

    const target = await freshDb();
    const report = await importPapers(target, parsed, NOW);
    expect(report.added).toBe(6);
    expect(report.rejected).toHaveLength(8);
    expect(await target.readingList.get('2401.00001')).toBeUndefined();
  });

  it('refuses a backup from a newer version, naming it, and changes nothing', async () => {
    const { db, text } = await backupOf(seedLibrary);
    const before = await dumpDb(db);
    const newer = text.replace('"version": 1', '"version": 99');
    await expect(importUserData(db, newer, NOW)).rejects.toThrow(ImportError);
    await expect(importUserData(db, newer, NOW)).rejects.toThrow(/version 99.*update the extension/s);
    expect(await dumpDb(db)).toBe(before);
  });

  it('says a cut-short backup is damaged, and changes nothing', async () => {
    const { db, text } = await backupOf(seedLibrary);
    const before = await dumpDb(db);
    await expect(importUserData(db, text.slice(0, text.length / 2), NOW)).rejects.toThrow(/backup is damaged or incomplete/);
    await expect(importUserData(db, text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "yesterday"'), NOW)).rejects.toThrow(
      /backup is damaged: exportedAt/,
    );
    await expect(importUserData(db, text.replace(/"papers": \[/, '"papers": {"x": [').replace(/\]\s*}\s*$/, ']}}'), NOW)).rejects.toThrow(
      /backup is damaged: papers/,
    );
    expect(await dumpDb(db)).toBe(before);
  });
});

/** The packs of the seeded library without the user's data: what another browser would have. */
async function seedLibraryPacksOnly(db: LensDB) {
  await seedLibrary(db);
  await Promise.all([db.readingList.clear(), db.userTags.clear(), db.notes.clear(), db.tombstones.clear()]);
}
