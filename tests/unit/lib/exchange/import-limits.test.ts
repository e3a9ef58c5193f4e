import { describe, expect, it, vi } from 'vitest';
import { importUserData, readImportFile } from '@/lib/exchange/import';
import { ImportError } from '@/lib/exchange/types';
import { IMPORT_LIMITS } from '@/lib/paper/limits';
import { freshDb } from '../../helpers/packs';
import { dumpDb, NOW, seedLibrary } from './helpers';

/**
 * The review's macro bomb: each `@string` twice the one before, 18 levels in about 1.5 kB, used by
 * an entry that is otherwise fine. Expanded, its note would hold over ten million characters.
 */
function macroBomb(levels = 18, base = 'All work and no play makes a dull paper.'): string {
  const lines = ['% A reference list', `@string{m0 = "${base}"}`];
  for (let n = 1; n < levels; n++) lines.push(`@string{m${n} = m${n - 1} # " " # m${n - 1}}`);
  lines.push(`@misc{bomb, title = {Attention Is All You Need}, eprint = {1706.03762}, archivePrefix = {arXiv}, note = m${levels - 1}}`);
  return lines.join('\n');
}

async function seeded() {
  const db = await freshDb();
  await seedLibrary(db);
  return { db, before: await dumpDb(db) };
}

describe('import limits', () => {
  it('refuses the macro bomb with a message, and writes nothing', async () => {
    const bomb = macroBomb();
    expect(bomb.length).toBeLessThan(1_600);
    const { db, before } = await seeded();
    const refusal = importUserData(db, bomb, NOW);
    await expect(refusal).rejects.toThrow(ImportError);
    await expect(refusal).rejects.toThrow(/BibTeX file was not read: its @string macros are built of one another more than 10 levels deep/);
    expect(await dumpDb(db)).toBe(before);
  });

  it('refuses macros that expand too far without nesting deep', async () => {
    const wide = [
      `@string{w = "${'x'.repeat(1_000)}"}`,
      `@misc{wide, eprint = {1706.03762}, note = ${Array.from({ length: 120 }, () => 'w').join(' # ')}}`,
    ].join('\n');
    const { db, before } = await seeded();
    await expect(importUserData(db, wide, NOW)).rejects.toThrow(/its @string macros expand to more text than any bibliography holds/);
    expect(await dumpDb(db)).toBe(before);
  });

  it('refuses a file whose macros, each short, add up past the file’s budget', async () => {
    const entries = Array.from({ length: 60 }, (_, n) => `@misc{e${n}, eprint = {1706.03762}, note = w # w # w}`);
    const many = [`@string{w = "${'x'.repeat(30_000)}"}`, ...entries].join('\n');
    await expect(importUserData(await freshDb(), many, NOW)).rejects.toThrow(/expand to more text/);
  });

  it('still reads macros nested as deep as the limit, and the month names', async () => {
    const db = await freshDb();
    const deepest = macroBomb(IMPORT_LIMITS.bibtexMacroDepth, 'ab').replace('@misc{bomb,', '@misc{bomb, month = jun,');
    const report = await importUserData(db, deepest, NOW);
    expect(report).toMatchObject({ format: 'bibtex', added: 1, rejected: [] });
    // m0 is two characters, and each level doubles the one before with a space between.
    expect((await db.notes.get('1706.03762'))!.text).toHaveLength(3 * 2 ** (IMPORT_LIMITS.bibtexMacroDepth - 1) - 1);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const text = vi.fn(async () => '');
    const file = { size: IMPORT_LIMITS.fileBytes + 1, text } as unknown as Blob;
    await expect(readImportFile(file)).rejects.toThrow('This file is 50.0 MB; arXiv Lens imports files of up to 50 MB.');
    expect(text).not.toHaveBeenCalled();
    await expect(readImportFile(new Blob(['2405.20519\n']))).resolves.toBe('2405.20519\n');
  });

  it('refuses text over the size limit however it arrives, and writes nothing', async () => {
    const { db, before } = await seeded();
    const huge = `2405.20519\n${' '.repeat(IMPORT_LIMITS.fileBytes)}`;
    await expect(importUserData(db, huge, NOW)).rejects.toThrow(/arXiv Lens imports files of up to 50 MB/);
    expect(await dumpDb(db)).toBe(before);
  });
});
