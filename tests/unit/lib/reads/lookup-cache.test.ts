import { describe, expect, it, vi } from 'vitest';
import { onKeysChanged } from '@/entrypoints/background/changes/db-events';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import { lookup } from '@/lib/reads/lookup';
import { createLookupCache } from '@/lib/reads/lookup-cache';
import { toPaperRecords } from '@/lib/pack-store/import-pack';
import { savePaper, setReadingState, unsavePaper } from '@/lib/user-data/reading-list';
import { importBundledPack, subscribe, unsubscribe } from '@/lib/pack-store/subscriptions';
import { storePageMeta } from '@/lib/source-runtime/source-store';
import { addUserTag, removeUserTag } from '@/lib/user-data/user-tags';
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

  it('answers a lookup of papers it merged before and papers it did not as the database says', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await savePaper(db, '2405.20519', 'Diffusion On Syntax Trees', 5);
    const cache = createLookupCache(db);
    await cache.lookup({ ids: ['2405.20519', '2312.00752'], titles: {} });
    // Two merged before, one title match, one in no pack, one new to the cache, one asked twice.
    const mixed = { ids: [...REQUEST.ids, '2405.20519', '2501.00001'], titles: REQUEST.titles };
    expect(await cache.lookup(mixed)).toEqual(await lookup(db, mixed));
    await storeAnswer(
      db,
      'semantic-scholar',
      [{ id: '2312.00752', title: null, tags: [], summaries: [{ source: 'Semantic Scholar', text: 'A TLDR.' }] }],
      [],
      9,
    );
    cache.recordsChanged(['source:semantic-scholar|2312.00752']);
    const after = await cache.lookup(mixed);
    expect(after['2312.00752']!.summaries.map((s) => s.text)).toContain('A TLDR.');
    expect(after).toEqual(await lookup(db, mixed));
  });

  it("adds a feed's shard fetched for a page to what it merged before of that paper", async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const cache = createLookupCache(db);
    const before = await cache.lookup({ ids: ['2405.20519'], titles: {} });
    const feed = 'https://feeds.example.org/all/manifest.json';
    const records = toPaperRecords(
      feed,
      [{ id: '2405.20519', title: null, tags: [], summaries: [{ source: 'Feed', text: 'From the feed' }] }],
      '2405',
    );
    const after = await cache.lookup({ ids: ['2405.20519'], titles: {} }, {}, Promise.resolve({ records, shards: new Set([`${feed}|2405`]) }));
    expect(after['2405.20519']!.summaries.map((s) => s.text)).toEqual([...before['2405.20519']!.summaries.map((s) => s.text), 'From the feed']);
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

  it('answers each write with the write itself, before Dexie reports it', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    // No change events reach this cache: only the write's own answer may bring it up to date.
    const cache = createLookupCache(db);
    const ids = ['2405.20519', '2407.00001'];
    await cache.lookup({ ids, titles: {} });
    const writes: [string, () => Promise<unknown>][] = [
      ['save', () => savePaper(db, '2405.20519', undefined, 5)],
      ['state', () => setReadingState(db, '2405.20519', 'done', 6)],
      ['tag', () => addUserTag(db, '2405.20519', 'later', 7)],
      ['untag', () => removeUserTag(db, '2405.20519', 'later', 8)],
      ['unsave', () => unsavePaper(db, '2405.20519', 9)],
      [
        'save with the page facts',
        async () => {
          await storePageMeta(db, '2407.00001', 'A paper in no pack', { published: '2024-07-01' });
          await savePaper(db, '2407.00001', 'A paper in no pack', 10);
        },
      ],
    ];
    for (const [write, run] of writes) {
      await run();
      const id = write === 'save with the page facts' ? '2407.00001' : '2405.20519';
      expect(await cache.lookupWritten([id]), write).toEqual(await lookup(db, { ids: [id], titles: {} }));
    }
    expect((await cache.lookup({ ids, titles: {} }))['2407.00001']!.saved).toEqual({ state: 'to-read', addedAt: 10 });
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

  it('merges again only the papers whose records changed, as Dexie reports them', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const cache = createLookupCache(db);
    const changes: (string[] | null)[] = [];
    onKeysChanged('papers', (keys) => {
      changes.push(keys);
      if (keys) cache.recordsChanged(keys);
      else cache.packsChanged();
    });
    const ids = ['2405.20519', '1706.03762'];
    expect((await cache.lookup({ ids, titles: {} }))['1706.03762']).not.toHaveProperty('upvotes');

    // A source's answer for one paper, one of them new to every pack.
    await storeAnswer(db, 'hf-paper', [{ id: '1706.03762', title: 'Attention Is All You Need', upvotes: 12, tags: [], summaries: [] }], [], 5);
    await vi.waitFor(() => expect(changes).toEqual([['source:hf-paper|1706.03762']]));
    let reads = 0;
    db.papers.hook('reading', (record) => {
      reads++;
      return record;
    });
    const after = await cache.lookup({ ids, titles: {} });
    // The changed paper's one record; the other paper came from memory.
    expect(reads).toBe(1);
    expect(after['1706.03762']).toMatchObject({ upvotes: 12 });
    expect(after).toEqual(await lookup(db, { ids, titles: {} }));
  });

  it('merges again when the hidden summary sources change', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const cache = createLookupCache(db);
    const ids = ['2405.20519'];
    expect((await cache.lookup({ ids, titles: {} }))['2405.20519']!.summaries).toHaveLength(1);
    expect((await cache.lookup({ ids, titles: {} }, { hiddenSources: new Set(['AI Timeline']) }))['2405.20519']!.summaries).toEqual([]);
  });
});
