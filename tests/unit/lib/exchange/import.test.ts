import { describe, expect, it, vi } from 'vitest';
import { importPapers } from '@/lib/exchange/import';
import type { ParsedImport, UserPaper } from '@/lib/exchange/types';
import { freshDb } from '../../helpers/packs';
import { dumpDb, NOW, T } from './helpers';

const ID = '2405.20519';
const parsed = (...papers: UserPaper[]): ParsedImport => ({ papers, rejected: [] });
const imported = (overrides: Partial<UserPaper> = {}): UserPaper => ({ id: ID, tags: [], ...overrides });

async function dbWithPaper() {
  const db = await freshDb();
  await db.readingList.add({ id: ID, title: 'Diffusion On Syntax Trees', addedAt: T('2024-06-01'), state: 'reading', updatedAt: T('2024-06-05') });
  await db.userTags.add({ paperId: ID, tags: ['diffusion'], updatedAt: T('2024-06-01') });
  await db.notes.add({ paperId: ID, text: 'My own note.', updatedAt: T('2024-06-02') });
  return db;
}

describe('importing into a database that has data', () => {
  it('an older imported state does not overwrite the newer one there, but an earlier date added is kept', async () => {
    const db = await dbWithPaper();
    const report = await importPapers(db, parsed(imported({ saved: { state: 'done', addedAt: T('2024-05-01'), updatedAt: T('2024-06-04') } })), NOW);
    expect(report).toEqual({ added: 0, merged: 1, unchanged: 0, clamped: 0, rejected: [] });
    expect(await db.readingList.get(ID)).toEqual({
      id: ID,
      title: 'Diffusion On Syntax Trees',
      addedAt: T('2024-05-01'),
      state: 'reading',
      updatedAt: T('2024-06-05'),
    });
  });

  it('a newer imported state is taken; the title there stays, a missing one is filled', async () => {
    const db = await dbWithPaper();
    await db.readingList.add({ id: '1706.03762', addedAt: T('2024-01-01'), state: 'to-read', updatedAt: T('2024-01-01') });
    const report = await importPapers(
      db,
      parsed(
        imported({ title: 'Another title', saved: { state: 'done', addedAt: T('2024-06-03'), updatedAt: T('2024-06-06') } }),
        imported({
          id: '1706.03762',
          title: 'Attention Is All You Need',
          saved: { state: 'reading', addedAt: T('2024-02-01'), updatedAt: T('2024-01-01') },
        }),
      ),
      NOW,
    );
    expect(report).toMatchObject({ added: 0, merged: 2, unchanged: 0 });
    expect(await db.readingList.get(ID)).toEqual({
      id: ID,
      title: 'Diffusion On Syntax Trees',
      addedAt: T('2024-06-01'),
      state: 'done',
      updatedAt: T('2024-06-06'),
    });
    expect(await db.readingList.get('1706.03762')).toMatchObject({ title: 'Attention Is All You Need', state: 'to-read', addedAt: T('2024-01-01') });
  });

  it('unions tags, cleaning each, and reports the unusable ones while still importing the paper', async () => {
    const db = await dbWithPaper();
    const report = await importPapers(db, parsed(imported({ tags: ['Diffusion', '  Program   Synthesis ', 'x'.repeat(49), '   ', 'trees'] })), NOW);
    expect(report.merged).toBe(1);
    expect(report.rejected).toEqual([
      { record: ID, reason: expect.stringMatching(/^tag "x{49}" left out: empty or longer than 48 characters/) },
      { record: ID, reason: 'tag "   " left out: empty or longer than 48 characters' },
    ]);
    expect(await db.userTags.get(ID)).toEqual({ paperId: ID, tags: ['diffusion', 'program synthesis', 'trees'], updatedAt: NOW.getTime() });
  });

  it('keeps both notes when they differ, the imported one under a dated line', async () => {
    const db = await dbWithPaper();
    await importPapers(db, parsed(imported({ note: { text: 'A note from the other browser.', updatedAt: T('2024-06-08') } })), NOW);
    expect(await db.notes.get(ID)).toEqual({
      paperId: ID,
      text: 'My own note.\n\n--- imported 2024-06-09 ---\nA note from the other browser.',
      updatedAt: NOW.getTime(),
    });
    // Importing the same file again adds nothing: the note is already there.
    const again = await importPapers(db, parsed(imported({ note: { text: 'A note from the other browser.' } })), new Date('2024-07-01'));
    expect(again).toMatchObject({ merged: 0, unchanged: 1 });
  });

  it('takes an imported note that already holds the note there, and ignores one held by it', async () => {
    const db = await dbWithPaper();
    await importPapers(db, parsed(imported({ note: { text: 'own' } })), NOW);
    expect((await db.notes.get(ID))!.text).toBe('My own note.');
    await importPapers(db, parsed(imported({ note: { text: 'My own note. And more, written later.' } })), NOW);
    expect((await db.notes.get(ID))!.text).toBe('My own note. And more, written later.');
  });

  it('keeps the note there when the two together would be too long, and says so', async () => {
    const db = await dbWithPaper();
    const report = await importPapers(db, parsed(imported({ note: { text: 'n'.repeat(19_990) } })), NOW);
    expect(report).toMatchObject({ merged: 0, unchanged: 1 });
    expect(report.rejected).toEqual([{ record: ID, reason: expect.stringMatching(/note left out: .* 20000 characters; the existing note is kept/) }]);
    expect((await db.notes.get(ID))!.text).toBe('My own note.');
  });

  it('brings back a removed paper and lifts its tombstone', async () => {
    const db = await freshDb();
    await db.tombstones.add({ id: ID, deletedAt: T('2024-06-01') });
    await db.tombstones.add({ id: '1706.03762', deletedAt: T('2024-06-01') });
    const report = await importPapers(
      db,
      parsed(imported({ saved: { state: 'to-read' } }), imported({ id: '1706.03762', tags: ['only a tag'] })),
      NOW,
    );
    expect(report).toMatchObject({ added: 2 });
    expect(await db.readingList.get(ID)).toEqual({ id: ID, addedAt: NOW.getTime(), state: 'to-read', updatedAt: NOW.getTime() });
    // Tagging a removed paper is not saving it again: its tombstone stays.
    expect(await db.tombstones.toArray()).toEqual([{ id: '1706.03762', deletedAt: T('2024-06-01') }]);
  });

  it('counts added, merged and unchanged papers once each, however often a file names them', async () => {
    const db = await dbWithPaper();
    await db.readingList.add({ id: '1706.03762', addedAt: 1, state: 'done', updatedAt: 2 });
    const report = await importPapers(
      db,
      {
        papers: [
          imported({ tags: ['new tag'] }),
          imported({ tags: ['another'] }),
          imported({ id: '1706.03762', saved: { state: 'to-read' } }),
          imported({ id: '2312.00752', saved: { state: 'to-read' } }),
          imported({ id: '2312.00752', tags: ['ssm'] }),
          imported({ id: '2401.00001' }),
          { id: '2405.20519v3', tags: ['x'] },
        ],
        rejected: [{ record: 'line 4: junk', reason: 'not an arXiv id or arXiv URL' }],
      },
      NOW,
    );
    expect(report).toEqual({
      added: 1,
      merged: 1,
      unchanged: 1,
      clamped: 0,
      rejected: [
        { record: 'line 4: junk', reason: 'not an arXiv id or arXiv URL' },
        { record: '2401.00001', reason: 'nothing to import: not saved, no tags, no note' },
        { record: '2405.20519v3', reason: expect.stringMatching(/^id: not a canonical arXiv id/) },
      ],
    });
    expect((await db.userTags.get(ID))!.tags).toEqual(['diffusion', 'new tag', 'another']);
    expect((await db.userTags.get('2312.00752'))!.tags).toEqual(['ssm']);
  });

  it('writes nothing at all when any write fails', async () => {
    const db = await dbWithPaper();
    const before = await dumpDb(db);
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      importPapers(
        db,
        parsed(
          imported({ saved: { state: 'done', updatedAt: T('2024-06-08') }, tags: ['new'], note: { text: 'other' } }),
          imported({ id: '1706.03762', saved: { state: 'to-read' }, note: { text: 'fresh' } }),
        ),
        NOW,
      ),
    ).rejects.toThrow('disk full');
    expect(await dumpDb(db)).toBe(before);
  });
});
