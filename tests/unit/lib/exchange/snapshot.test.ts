import { describe, expect, it } from 'vitest';
import { readSnapshot } from '@/lib/exchange/snapshot';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text } from '../../helpers/packs';
import { seedLibrary, T } from './helpers';

describe("the snapshot of the user's data", () => {
  it('holds the reading list and every paper the user tagged or annotated, sorted by id', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const papers = await readSnapshot(db);
    expect(papers.map((p) => [p.id, !!p.saved, p.tags.length, !!p.note])).toEqual([
      ['0704.0001', true, 0, false],
      ['1412.6980', false, 0, true],
      ['1706.03762', true, 2, true],
      ['2312.00752', false, 1, false],
      ['2405.20519', true, 2, false],
      ['hep-th/9711200', true, 0, false],
    ]);
  });

  it('takes the title from the reading list, else from a pack, and authors and date from the pack', async () => {
    const db = await freshDb();
    await importBundledPack(
      db,
      text(
        makePack({
          papers: [{ id: '2405.20519', title: 'Pack title', authors: ['Shreyas Kapur'], published: '2024-05-30', tags: [], summaries: [] }],
        }),
      ),
    );
    await db.readingList.add({ id: '2405.20519', addedAt: 1, state: 'to-read', updatedAt: 1 });
    expect(await readSnapshot(db)).toEqual([
      {
        id: '2405.20519',
        title: 'Pack title',
        authors: ['Shreyas Kapur'],
        published: '2024-05-30',
        saved: { state: 'to-read', addedAt: 1, updatedAt: 1 },
        tags: [],
      },
    ]);
    await db.readingList.update('2405.20519', { title: 'My title' });
    expect((await readSnapshot(db))[0]!.title).toBe('My title');
  });

  it('leaves out emptied tag lists and notes, which only date a removal', async () => {
    const db = await freshDb();
    await db.userTags.add({ paperId: '2405.20519', tags: [], updatedAt: T('2024-06-01') });
    await db.notes.add({ paperId: '2405.20519', text: '  ', updatedAt: T('2024-06-01') });
    expect(await readSnapshot(db)).toEqual([]);
  });

  it('reads only the papers asked for', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    expect((await readSnapshot(db, ['2405.20519', '2312.00752', '9999.99999'])).map((p) => p.id)).toEqual(['2312.00752', '2405.20519']);
  });
});
