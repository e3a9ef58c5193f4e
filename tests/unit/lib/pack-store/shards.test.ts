import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256 } from '@/lib/net/sha256';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { lookup } from '@/lib/reads/lookup';
import { createLookupCache } from '@/lib/reads/lookup-cache';
import { ensureShardsFor, prefetchShardsFor, shardKeyOf, UNCLAIMED_SHARD_MS } from '@/lib/pack-store/shards';
import { subscribe } from '@/lib/pack-store/subscriptions';
import { fakeServer, freshDb, makePack, redirectingTo, text } from '../../helpers/packs';

const FEED = 'https://feeds.example.org/all/manifest.json';

function shard(id: string, summary: string) {
  return text(makePack({ id: 'all', papers: [{ id, title: null, tags: ['t'], summaries: [{ source: 'Feed', text: summary }] }] }));
}

async function feedServer(shards: Record<string, string>) {
  const server = fakeServer();
  const entries = await Promise.all(
    Object.entries(shards).map(async ([key, body]) => {
      server.set(`https://feeds.example.org/all/${key}.json`, body);
      return { key, url: `${key}.json`, hash: await sha256(body), papers: 1 };
    }),
  );
  const manifest = {
    format: 'arxiv-lens-feed',
    schemaVersion: 1,
    id: 'all',
    name: 'All of arXiv',
    version: '1',
    generatedAt: '2024-06-30',
    shards: entries,
  };
  server.set(FEED, text(manifest));
  return { server, manifest };
}

describe('sharded feeds', () => {
  it('keys shards by the month of the id, for both id styles', () => {
    expect(['2405.20519', '0704.0001', 'hep-th/9901001', 'math/0309136'].map(shardKeyOf)).toEqual(['2405', '0704', '9901', '0309']);
  });

  it('fetch only the shards of the ids met, once, and answer from them', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'May paper'), '2312': shard('2312.00752', 'December paper') });
    const record = await subscribe(db, FEED, { fetch: server.fetch });
    expect(record).toMatchObject({
      kind: 'feed',
      status: 'ok',
      shards: [{ key: '2312' }, { key: '2405', url: 'https://feeds.example.org/all/2405.json' }],
    });
    expect(await db.papers.count()).toBe(0);

    await (await ensureShardsFor(db, ['2405.20519', '2405.21060'], { fetch: server.fetch })).store();
    await (await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch })).store();
    const fetched = server.requests.map((r) => r.url).filter((u) => u !== FEED);
    expect(fetched).toEqual(['https://feeds.example.org/all/2405.json']);
    const answer = await lookup(db, { ids: ['2405.20519'], titles: {} });
    expect(answer['2405.20519']!.summaries[0]!.text).toBe('May paper');
  });

  it('store a shard only when asked, once the page is answered, and once however often asked', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'May paper') });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text)).toEqual(['May paper']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.shards.count()).toBe(0);
    expect((await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!.summaries).toEqual([]);

    await Promise.all([fetched.store(), fetched.store()]);
    expect(await db.shards.count()).toBe(1);
    expect((await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!.summaries[0]!.text).toBe('May paper');
    expect(server.requests.filter((r) => r.url !== FEED)).toHaveLength(1);
  });

  it('refuses a shard whose content does not match its hash, and keeps what it held', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'May paper') });
    await subscribe(db, FEED, { fetch: server.fetch });
    server.set('https://feeds.example.org/all/2405.json', shard('2405.20519', 'Tampered'));
    await (await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch })).store();
    expect(await db.papers.count()).toBe(0);
    expect((await db.packs.get(FEED))!.lastError).toMatch(/does not match the manifest's hash/);
  });

  it('refuses a shard holding papers of another month', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2312.00752', 'Wrong month') });
    await subscribe(db, FEED, { fetch: server.fetch });
    await (await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch })).store();
    expect(await db.papers.count()).toBe(0);
    expect((await db.packs.get(FEED))!.lastError).toMatch(/another month/);
  });

  it('a new manifest version refetches only the shards whose hash changed', async () => {
    const db = await freshDb();
    const first = await feedServer({ '2405': shard('2405.20519', 'v1'), '2312': shard('2312.00752', 'v1') });
    await subscribe(db, FEED, { fetch: first.server.fetch });
    await (await ensureShardsFor(db, ['2405.20519', '2312.00752'], { fetch: first.server.fetch })).store();
    const second = await feedServer({ '2405': shard('2405.20519', 'v2'), '2312': shard('2312.00752', 'v1') });
    await subscribe(db, FEED, { fetch: second.server.fetch });
    // Until a page needs it, the old shard keeps answering.
    expect((await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!.summaries[0]!.text).toBe('v1');
    await (await ensureShardsFor(db, ['2405.20519', '2312.00752'], { fetch: second.server.fetch })).store();
    expect(second.server.requests.map((r) => r.url).filter((u) => u !== FEED)).toEqual(['https://feeds.example.org/all/2405.json']);
    expect((await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!.summaries[0]!.text).toBe('v2');
  });
});

describe("a feed's papers once stored", () => {
  const papers = (month: string, count: number, text: string) =>
    Array.from({ length: count }, (_, i) => ({
      id: `${month}.${String(i + 1).padStart(5, '0')}`,
      title: ` Paper ${i + 1} of ${month} `,
      authors: ['Ada Lovelace'],
      tags: ['Diffusion', 'diffusion', 'State  Space'],
      summaries: [{ source: 'Feed', text: `${text} ${i + 1}` }],
    }));

  it('answer a page as the shards did before they were stored, and are counted once each, a shard replaced too', async () => {
    const db = await freshDb();
    const first = await feedServer({
      '2401': text(makePack({ id: 'all', papers: papers('2401', 1_500, 'January') })),
      '2402': text(makePack({ id: 'all', papers: papers('2402', 20, 'February') })),
    });
    await subscribe(db, FEED, { fetch: first.server.fetch });
    const ids = ['2401.00001', '2401.01500', '2402.00020', '2402.00021'];
    const fetched = ensureShardsFor(db, ids, { fetch: first.server.fetch });
    const fromShards = await createLookupCache(db).lookup({ ids, titles: {} }, {}, fetched);
    await (await fetched).store();
    const fromStore = await lookup(db, { ids, titles: {} });
    expect(fromStore).toEqual(fromShards);
    expect(fromStore['2401.01500']).toMatchObject({ curatedTags: ['diffusion', 'state space'] });
    expect(fromStore['2401.01500']!.summaries.map((s) => s.text)).toEqual(['January 1500']);
    expect(fromStore['2402.00021']!.summaries).toEqual([]);
    expect((await db.packs.get(FEED))!.paperCount).toBe(1_520);

    const second = await feedServer({
      '2401': text(makePack({ id: 'all', papers: papers('2401', 1_000, 'New January') })),
      '2402': text(makePack({ id: 'all', papers: papers('2402', 20, 'February') })),
    });
    await subscribe(db, FEED, { fetch: second.server.fetch });
    await (await ensureShardsFor(db, ids, { fetch: second.server.fetch })).store();
    expect((await db.packs.get(FEED))!.paperCount).toBe(1_020);
    const replaced = await lookup(db, { ids, titles: {} });
    expect([replaced['2401.00001']!.summaries.map((s) => s.text), replaced['2401.01500']!.summaries]).toEqual([['New January 1'], []]);
  });
});

describe('a lookup waiting for shards', () => {
  it('gets the records of the ids it asked from the checked shards, and the store holds them once stored', async () => {
    const db = await freshDb();
    const body = text(
      makePack({
        id: 'all',
        papers: ['2405.20519', '2405.21060', '2405.00001'].map((id) => ({
          id,
          title: null,
          tags: [],
          summaries: [{ source: 'Feed', text: `On ${id}` }],
        })),
      }),
    );
    const { server } = await feedServer({ '2405': body });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2405.20519', '2405.21060', '2312.00752'], { fetch: server.fetch });
    expect(fetched.records.map((r) => [r.key, r.summaries[0]!.text])).toEqual([
      [`${FEED}|2405.20519`, 'On 2405.20519'],
      [`${FEED}|2405.21060`, 'On 2405.21060'],
    ]);
    expect(fetched.shards).toEqual(new Set([`${FEED}|2405`]));
    await fetched.store();
    const answer = await lookup(db, { ids: ['2405.20519', '2405.00001'], titles: {} });
    expect([answer['2405.20519']!.summaries[0]!.text, answer['2405.00001']!.summaries[0]!.text]).toEqual(['On 2405.20519', 'On 2405.00001']);
    // Held now: nothing is fetched again, and nothing comes back unstored.
    expect(await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch })).toMatchObject({ records: [], shards: new Set() });
  });

  it("is answered from a new version of a shard before it is stored, and keeps nothing of the old one's papers", async () => {
    const db = await freshDb();
    const papers = (text: string, ids: string[]) =>
      ids.map((id) => ({ id, title: null, tags: [], summaries: [{ source: 'Feed', text: `${text} ${id}` }] }));
    const first = await feedServer({ '2405': text(makePack({ id: 'all', papers: papers('v1', ['2405.20519', '2405.21060']) })) });
    await subscribe(db, FEED, { fetch: first.server.fetch });
    await (await ensureShardsFor(db, ['2405.20519'], { fetch: first.server.fetch })).store();
    const second = await feedServer({ '2405': text(makePack({ id: 'all', papers: papers('v2', ['2405.20519']) })) });
    await subscribe(db, FEED, { fetch: second.server.fetch });
    const cache = createLookupCache(db);
    const request = { ids: ['2405.20519', '2405.21060'], titles: {} };
    const summaries = (answer: LookupResponse) => request.ids.map((id) => answer[id]!.summaries.map((s) => s.text));
    expect(summaries(await cache.lookup(request))).toEqual([['v1 2405.20519'], ['v1 2405.21060']]);

    const fetched = ensureShardsFor(db, request.ids, { fetch: second.server.fetch });
    expect(summaries(await cache.lookup(request, {}, fetched))).toEqual([['v2 2405.20519'], []]);
    // Until the store holds the new version, a lookup without it still gets the old one.
    expect(summaries(await cache.lookup(request))).toEqual([['v1 2405.20519'], ['v1 2405.21060']]);
    await (await fetched).store();
    cache.packsChanged();
    expect(summaries(await cache.lookup(request))).toEqual([['v2 2405.20519'], []]);
  });

  it('is answered from the papers it asked while the rest of the shard waits; a shard broken elsewhere is then not stored', async () => {
    const db = await freshDb();
    const paper = (id: string, summary: string) => ({ id, title: null, tags: [], summaries: [{ source: 'Feed', text: summary }] });
    const body = text(makePack({ id: 'all', papers: [paper('2410.00001', 'October'), paper('2410.00002', '   ')] }));
    const { server } = await feedServer({ '2410': body });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2410.00001'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text)).toEqual(['October']);
    await fetched.store();
    expect(await db.papers.count()).toBe(0);
    expect((await db.packs.get(FEED))!.lastError).toMatch(/papers\[1\]\.summaries\[0\]\.text/);
  });

  it('gets nothing from a shard whose asked paper is broken, that is not a pack, or that holds a paper twice', async () => {
    const db = await freshDb();
    const broken = text(makePack({ id: 'all', papers: [{ id: '2411.00001', title: null, tags: [], summaries: [{ source: 'Feed', text: '' }] }] }));
    const paper = { id: '2408.00001', title: null, tags: [], summaries: [{ source: 'Feed', text: 'August' }] };
    const twice = text(makePack({ id: 'all', papers: [paper, paper] }));
    const { server } = await feedServer({ '2411': broken, '2412': text({ papers: [{ id: '2412.00001' }] }), '2408': twice });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2411.00001', '2412.00001', '2408.00001'], { fetch: server.fetch });
    expect(fetched).toMatchObject({ records: [], shards: new Set() });
    await fetched.store();
    expect(await db.papers.count()).toBe(0);
  });

  it('gets nothing from a shard that fails its checks', async () => {
    const db = await freshDb();
    // A shard of its own: one that failed is not fetched again for a while, in any test.
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Another May paper') });
    await subscribe(db, FEED, { fetch: server.fetch });
    server.set('https://feeds.example.org/all/2405.json', shard('2405.20519', 'Tampered'));
    const fetched = await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(fetched).toMatchObject({ records: [], shards: new Set() });
    await fetched.store();
    expect((await db.packs.get(FEED))!.lastError).toMatch(/does not match the manifest's hash/);
  });
});

describe('a shard that fails', () => {
  it('is not fetched again for a while, so pages are not held up, and its error is written once', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2409': shard('2409.00001', 'September') });
    await subscribe(db, FEED, { fetch: server.fetch });
    server.set('https://feeds.example.org/all/2409.json', () => new Response('down', { status: 503 }));
    let t = 1_000;
    const deps = { fetch: server.fetch, now: () => t };
    await (await ensureShardsFor(db, ['2409.00001'], deps)).store();
    t += 60_000;
    await (await ensureShardsFor(db, ['2409.00001'], deps)).store();
    const shardRequests = () => server.requests.filter((r) => r.url.endsWith('/2409.json')).length;
    expect(shardRequests()).toBe(1);
    expect((await db.packs.get(FEED))!.lastError).toMatch(/503/);
    t += 11 * 60_000;
    await (await ensureShardsFor(db, ['2409.00001'], deps)).store();
    expect(shardRequests()).toBe(2);
  });
});

describe('a shard in lines', () => {
  const paper = (id: string, summary: string) => ({ id, title: null, tags: ['t'], summaries: [{ source: 'Feed', text: summary }] });
  const inLines = (lines: unknown[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';
  const header = { ...makePack({ id: 'all' }), papers: undefined, format: 'arxiv-lens-pack-lines' };

  it('answers a lookup from the lines of the ids asked, and is stored whole as the pack it stands for', async () => {
    const db = await freshDb();
    const papers = [paper('2404.00001', 'April one'), paper('2404.00002', 'April two'), paper('2404.00003', 'April three')];
    const { server } = await feedServer({ '2404': inLines([header, papers.map((p) => p.id), ...papers]) });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2404.00002'], { fetch: server.fetch });
    expect(fetched.records.map((r) => [r.id, r.summaries[0]!.text])).toEqual([['2404.00002', 'April two']]);
    await fetched.store();
    const answer = await lookup(db, { ids: ['2404.00001', '2404.00003'], titles: {} });
    expect([answer['2404.00001']!.summaries[0]!.text, answer['2404.00003']!.summaries[0]!.text]).toEqual(['April one', 'April three']);
    expect(await db.packs.get(FEED)).toMatchObject({ paperCount: 3 });
  });

  it('is told from a pack document, which reads as before, on one line or pretty-printed', async () => {
    const db = await freshDb();
    const { server } = await feedServer({
      '2308': `${text(makePack({ id: 'all', papers: [paper('2308.00001', 'August, one line')] }))}\n`,
      '2307': JSON.stringify(makePack({ id: 'all', papers: [paper('2307.00001', 'July, pretty')] }), null, 2),
    });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2308.00001', '2307.00001'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text).sort()).toEqual(['August, one line', 'July, pretty']);
    await fetched.store();
    expect(await db.packs.get(FEED)).toMatchObject({ paperCount: 2 });
  });

  it('gives nothing from a line whose paper is not the id its ids line names, and is not stored', async () => {
    const db = await freshDb();
    const { server } = await feedServer({
      '2401': inLines([header, ['2401.00001', '2401.00002'], paper('2401.00002', 'swapped'), paper('2401.00001', 'swapped')]),
    });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2401.00001'], { fetch: server.fetch });
    expect(fetched).toMatchObject({ records: [], shards: new Set() });
    await fetched.store();
    expect(await db.packs.get(FEED)).toMatchObject({ paperCount: 0, lastError: 'Shard 2401: paper 1 is 2401.00002, its ids line says 2401.00001' });
  });

  it('with a line that is not JSON answers from the others, and is then refused, naming the line', async () => {
    const db = await freshDb();
    const { server } = await feedServer({
      '2311': inLines([header, ['2311.00001', '2311.00002'], paper('2311.00001', 'November'), '{"id": "2311.00002",']),
    });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2311.00001'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text)).toEqual(['November']);
    await fetched.store();
    expect(await db.packs.get(FEED)).toMatchObject({ paperCount: 0, lastError: expect.stringMatching(/^Shard 2311: Line 4 is not JSON/) });
  });

  it('is refused when its ids line names more papers than it has lines', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2310': inLines([header, ['2310.00001', '2310.00002'], paper('2310.00001', 'October')]) });
    await subscribe(db, FEED, { fetch: server.fetch });
    const fetched = await ensureShardsFor(db, ['2310.00001'], { fetch: server.fetch });
    expect(fetched.records).toEqual([]);
    await fetched.store();
    expect((await db.packs.get(FEED))!.lastError).toBe('Shard 2310: A pack in lines naming 2 papers on 1 lines');
  });

  it("leaves its papers' fields to the pack's schema, which words the error", async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2309': inLines([header, ['2309.00001'], { ...paper('2309.00001', 'September'), tags: [42] }]) });
    await subscribe(db, FEED, { fetch: server.fetch });
    await (await ensureShardsFor(db, ['2309.00001'], { fetch: server.fetch })).store();
    expect((await db.packs.get(FEED))!.lastError).toMatch(/^Not a valid arXiv Lens pack: papers\[0\]\.tags\[0\]/);
  });
});

describe('a shard served as a gzip file', () => {
  const gzipped = (body: string | Buffer) => () => new Response(gzipSync(body));

  it('is read as its JSON, under the hash of that JSON', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2406': shard('2406.00001', 'June, compressed') });
    await subscribe(db, FEED, { fetch: server.fetch });
    server.set('https://feeds.example.org/all/2406.json', gzipped(shard('2406.00001', 'June, compressed')));
    const fetched = await ensureShardsFor(db, ['2406.00001'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text)).toEqual(['June, compressed']);
    await fetched.store();
    expect((await lookup(db, { ids: ['2406.00001'], titles: {} }))['2406.00001']!.summaries[0]!.text).toBe('June, compressed');
  });

  it('is refused once its content passes the size a document may be, however small the file', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2402': shard('2402.00001', 'February') });
    await subscribe(db, FEED, { fetch: server.fetch });
    server.set('https://feeds.example.org/all/2402.json', gzipped(Buffer.alloc(21 * 1024 * 1024, ' ')));
    const fetched = await ensureShardsFor(db, ['2402.00001'], { fetch: server.fetch });
    expect(fetched.records).toEqual([]);
    await fetched.store();
    expect((await db.packs.get(FEED))!.lastError).toBe('Larger than the 20 MB a pack may be');
  });

  it('is refused with a clear error when it is broken', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2403': shard('2403.00001', 'March') });
    await subscribe(db, FEED, { fetch: server.fetch });
    const cut = gzipSync(shard('2403.00001', 'March')).subarray(0, 30);
    server.set('https://feeds.example.org/all/2403.json', () => new Response(cut));
    await (await ensureShardsFor(db, ['2403.00001'], { fetch: server.fetch })).store();
    expect((await db.packs.get(FEED))!.lastError).toMatch(/^Not a gzip file that can be read/);
    expect(await db.packs.get(FEED)).toMatchObject({ paperCount: 0 });
  });
});

describe('a shard that redirects', () => {
  it('is not followed, so its month never goes out over plain http, and the feed says so', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2407': shard('2407.00001', 'July') });
    await subscribe(db, FEED, { fetch: server.fetch });
    const url = 'https://feeds.example.org/all/2407.json';
    server.set('http://feeds.example.org/all/2407.json', shard('2407.00001', 'July'));
    server.set(url, redirectingTo(server.fetch, 'http://feeds.example.org/all/2407.json'));
    const fetched = await ensureShardsFor(db, ['2407.00001'], { fetch: server.fetch });
    expect(fetched.records).toEqual([]);
    await fetched.store();
    expect(server.requests.map((r) => r.url).filter((u) => !u.startsWith('https:'))).toEqual([]);
    expect((await db.packs.get(FEED))!.lastError).toBe(`Shard 2407: ${url} redirects to another address, which arXiv Lens does not follow`);
  });
});

describe('the shard cache', () => {
  const MONTHS = ['2401', '2402', '2403'];
  const idOf = (month: string) => `${month}.00001`;

  it('past its limit drops the shards fetched longest ago, with their papers, and never the user data', async () => {
    const db = await freshDb();
    const { server } = await feedServer(Object.fromEntries(MONTHS.map((month) => [month, shard(idOf(month), `Paper of ${month}`)])));
    await subscribe(db, FEED, { fetch: server.fetch });
    await db.readingList.add({ id: idOf('2401'), addedAt: 1, updatedAt: 1, state: 'reading' });
    await db.userTags.add({ paperId: idOf('2401'), tags: ['kept'], updatedAt: 1 });
    await db.notes.add({ paperId: idOf('2401'), text: 'Still here', updatedAt: 1 });
    let t = 1_000;
    const store = async (month: string, shardCacheLimit: number) => {
      t += 1_000;
      await (await ensureShardsFor(db, [idOf(month)], { fetch: server.fetch, now: () => t, shardCacheLimit })).store();
    };
    await store('2401', Infinity);
    const size = (await db.shards.get([FEED, '2401']))!.size!;
    expect(size).toBeGreaterThan(0);
    // Room for two shards of this size, not three.
    const limit = 2.5 * size;
    await store('2402', limit);
    await store('2403', limit);

    expect((await db.shards.toArray()).map((s) => s.key)).toEqual(['2402', '2403']);
    const answer = await lookup(db, { ids: MONTHS.map(idOf), titles: {} });
    expect(MONTHS.map((month) => answer[idOf(month)]!.summaries.map((s) => s.text))).toEqual([[], ['Paper of 2402'], ['Paper of 2403']]);
    expect((await db.packs.get(FEED))!.paperCount).toBe(2);
    expect(answer[idOf('2401')]!.saved).toMatchObject({ state: 'reading' });
    expect(answer[idOf('2401')]!.userTags).toEqual(['kept']);
    expect(await db.notes.get(idOf('2401'))).toMatchObject({ text: 'Still here' });

    // A page that needs a dropped shard fetches it again; the oldest held then goes.
    await store('2401', limit);
    expect((await db.shards.toArray()).map((s) => s.key).sort()).toEqual(['2401', '2403']);
  });
});

describe('a shard fetched ahead of its lookup', () => {
  afterEach(() => vi.useRealTimers());

  const shardRequests = (server: { requests: { url: string }[] }) => server.requests.map((r) => r.url).filter((u) => u !== FEED);

  it('is fetched once: the lookup that asks for it is answered from it, and stores it', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Fetched ahead'), '2312': shard('2312.00752', 'Not named') });
    await subscribe(db, FEED, { fetch: server.fetch });
    await prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(shardRequests(server)).toEqual(['https://feeds.example.org/all/2405.json']);

    const fetched = ensureShardsFor(db, ['2405.20519', '2405.21060'], { fetch: server.fetch });
    const answer = await createLookupCache(db).lookup({ ids: ['2405.20519'], titles: {} }, {}, fetched);
    expect(answer['2405.20519']!.summaries.map((s) => s.text)).toEqual(['Fetched ahead']);
    expect(shardRequests(server)).toEqual(['https://feeds.example.org/all/2405.json']);
    // Fetching ahead stores nothing: the lookup's own storing does.
    expect(await db.shards.count()).toBe(0);
    await (await fetched).store();
    expect((await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!.summaries[0]!.text).toBe('Fetched ahead');
  });

  it('is not fetched again when asked for twice, nor when the feed holds it already', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Asked twice') });
    await subscribe(db, FEED, { fetch: server.fetch });
    await Promise.all([
      prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch }),
      prefetchShardsFor(db, ['2405.00001'], { fetch: server.fetch }),
    ]);
    await (await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch })).store();
    await prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(shardRequests(server)).toEqual(['https://feeds.example.org/all/2405.json']);
  });

  it('fetches nothing without a sharded feed, or for months the feed has no shard of', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Only May') });
    await prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(server.requests).toEqual([]);
    await subscribe(db, FEED, { fetch: server.fetch });
    await prefetchShardsFor(db, ['2312.00752', 'hep-th/9901001'], { fetch: server.fetch });
    expect(shardRequests(server)).toEqual([]);
  });

  it('is let go when no lookup asks for it in time, and fetched anew by a later one', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Page closed before its lookup') });
    await subscribe(db, FEED, { fetch: server.fetch });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    vi.advanceTimersByTime(UNCLAIMED_SHARD_MS);
    vi.useRealTimers();
    const fetched = await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    expect(fetched.records.map((r) => r.summaries[0]!.text)).toEqual(['Page closed before its lookup']);
    expect(shardRequests(server)).toHaveLength(2);
  });

  it('is kept for a lookup that took it before that time, however long it takes to store', async () => {
    const db = await freshDb();
    const { server } = await feedServer({ '2405': shard('2405.20519', 'Taken in time') });
    await subscribe(db, FEED, { fetch: server.fetch });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await prefetchShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    const first = await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    vi.advanceTimersByTime(UNCLAIMED_SHARD_MS);
    vi.useRealTimers();
    const second = await ensureShardsFor(db, ['2405.20519'], { fetch: server.fetch });
    await Promise.all([first.store(), second.store()]);
    expect(shardRequests(server)).toHaveLength(1);
  });
});
