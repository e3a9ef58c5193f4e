import { describe, expect, it } from 'vitest';
import { lookup } from '@/lib/store/lookup';
import { createLookupCache } from '@/lib/store/lookup-cache';
import { savePaper } from '@/lib/store/reading-list';
import { importBundledPack, subscribe, unsubscribe } from '@/lib/store/subscriptions';
import { addUserTag } from '@/lib/store/user-tags';
import { fakeServer, freshDb, makePack, text } from '../../helpers/packs';

const REQUEST = {
  ids: ['2405.20519', '2401.99999', '2312.00752', '1706.03762'],
  titles: { '2401.99999': 'DRµGS: deep random micro-glitch sampling' },
};

describe("the background's lookup cache", () => {
  it('answers exactly what the database says, by id and by title', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await savePaper(db, '2312.00752', 'Mamba', 5);
    await addUserTag(db, '2405.20519', 'later', 5);
    const cache = createLookupCache(db);
    expect(await cache.lookup(REQUEST)).toEqual(await lookup(db, REQUEST));
    // A second time, from memory: the same answer.
    expect(await cache.lookup(REQUEST)).toEqual(await lookup(db, REQUEST));
  });

  it("follows the user's edits and pack changes once told of them", async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(
      'https://example.org/ml.json',
      text(
        makePack({
          id: 'ml',
          papers: [
            { id: '1706.03762', title: 'Attention Is All You Need', tags: ['transformers'], summaries: [{ source: 'Weekly', text: 'Attention.' }] },
          ],
        }),
      ),
    );
    await importBundledPack(db, text(makePack()));
    const cache = createLookupCache(db);
    await cache.lookup(REQUEST);

    await savePaper(db, '1706.03762', undefined, 7);
    cache.userDataChanged();
    await subscribe(db, 'https://example.org/ml.json', { fetch: server.fetch });
    cache.packsChanged();
    const after = await cache.lookup(REQUEST);
    expect(after['1706.03762']).toMatchObject({ saved: { state: 'to-read', addedAt: 7 }, curatedTags: ['transformers'] });
    expect(after).toEqual(await lookup(db, REQUEST));

    await unsubscribe(db, 'https://example.org/ml.json');
    cache.packsChanged();
    expect((await cache.lookup(REQUEST))['1706.03762']!.summaries).toEqual([]);
  });

  it('reads only the papers some pack holds', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const cache = createLookupCache(db);
    await cache.lookup({ ids: ['2405.20519'], titles: {} });
    let reads = 0;
    for (const table of [db.papers, db.packChunks])
      table.hook('reading', (record) => {
        reads++;
        return record;
      });
    const ids = Array.from({ length: 2000 }, (_, i) => `2407.${String(i + 1).padStart(5, '0')}`);
    const answer = await cache.lookup({ ids: [...ids, '2405.20519'], titles: {} });
    expect(Object.keys(answer)).toHaveLength(2001);
    expect(answer['2405.20519']!.summaries).toHaveLength(1);
    expect(reads).toBe(0);
  });
});
