import { describe, expect, it } from 'vitest';
import { PackError } from '@/lib/pack/parse';
import type { LensDB } from '@/lib/db/db';
import type { Fetcher } from '@/lib/net/fetch-document';
import { replacePack } from '@/lib/pack-store/import-pack';
import { importBundledPack, refreshSubscription, subscribe, unsubscribe } from '@/lib/pack-store/subscriptions';
import { allPaperRecords, fakeServer, freshDb, makePack, redirectingTo, text } from '../../helpers/packs';

const URL_A = 'https://packs.example.org/ml.json';

async function addUserData(db: LensDB) {
  await db.readingList.add({ id: '2405.20519', addedAt: 1, updatedAt: 1, state: 'reading' });
  await db.userTags.add({ paperId: '2405.20519', tags: ['to discuss'], updatedAt: 1 });
  await db.notes.add({ paperId: '2405.20519', text: 'Read section 3', updatedAt: 1 });
}

async function snapshot(db: LensDB) {
  return {
    papers: await allPaperRecords(db),
    packs: await db.packs.orderBy('key').toArray(),
    shards: await db.shards.toArray(),
    readingList: await db.readingList.toArray(),
    userTags: await db.userTags.toArray(),
    notes: await db.notes.toArray(),
  };
}

describe('the bundled pack', () => {
  it('is imported once; the same pack again costs a hash comparison and writes nothing', async () => {
    const db = await freshDb();
    expect(await importBundledPack(db, text(makePack()), { now: () => 1 })).toBe('imported');
    const before = await snapshot(db);
    expect(before.papers).toHaveLength(2);
    expect(await importBundledPack(db, text(makePack()), { now: () => 2 })).toBe('unchanged');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a new version replaces its papers and leaves other packs and the user data alone', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml', papers: [makePack().papers[0]] })));
    await importBundledPack(db, text(makePack()));
    await subscribe(db, URL_A, { fetch: server.fetch });
    await addUserData(db);
    const next = makePack({ version: '2', papers: [{ id: '2405.21060', title: 'Transformers are SSMs', tags: ['ssm'], summaries: [] }] });
    expect(await importBundledPack(db, text(next))).toBe('imported');
    const after = await snapshot(db);
    expect(after.papers.map((p) => p.key)).toEqual(['bundled|2405.21060', `${URL_A}|2405.20519`]);
    expect(after.packs.find((p) => p.key === 'bundled')).toMatchObject({ version: '2', paperCount: 1, status: 'ok' });
    expect(after.readingList).toHaveLength(1);
    expect(after.userTags[0]!.tags).toEqual(['to discuss']);
    expect(after.notes[0]!.text).toBe('Read section 3');
  });

  it('a broken pack is refused with a stored error and the previous version stays in use', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const before = await snapshot(db);
    expect(await importBundledPack(db, text(makePack({ papers: [{ id: 'nope', title: null, tags: [], summaries: [] }] })))).toBe('failed');
    const after = await snapshot(db);
    expect(after.papers).toEqual(before.papers);
    expect(after.packs[0]).toMatchObject({ status: 'error', version: '1', lastError: expect.stringMatching(/papers\[0\]\.id/) });
    // Fixing it imports again.
    expect(await importBundledPack(db, text(makePack({ version: '3' })))).toBe('imported');
    expect((await db.packs.get('bundled'))!.status).toBe('ok');
  });

  it('an import that fails half-way leaves all of the previous version', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const before = await snapshot(db);
    const pack = before.packs[0]!;
    const papers = ['2405.21060', '2406.00001'].map((id) => ({ id, title: 'A', tags: [], summaries: [] }));
    // The second write fails after the old papers were deleted in the same transaction.
    let written = 0;
    db.packChunks.hook('creating', () => {
      if (++written > 1) throw new Error('write failed');
    });
    await expect(replacePack(db, { ...pack, version: '9' }, papers)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('subscriptions', () => {
  it('only https URLs can be subscribed', async () => {
    const db = await freshDb();
    await expect(subscribe(db, 'http://packs.example.org/ml.json')).rejects.toThrow(/Only https/);
    await expect(subscribe(db, 'not a url')).rejects.toThrow(PackError);
    expect(await db.packs.count()).toBe(0);
  });

  it('fetches a pack, then revalidates with its ETag', async () => {
    const db = await freshDb();
    const server = fakeServer();
    let etagSeen: string | undefined;
    server.set(URL_A, (init) => {
      etagSeen = (init.headers as Record<string, string>)['If-None-Match'];
      if (etagSeen === '"v1"') return new Response(null, { status: 304 });
      return new Response(text(makePack({ id: 'ml' })), { headers: { etag: '"v1"' } });
    });
    const record = await subscribe(db, URL_A, { fetch: server.fetch, now: () => 10 });
    expect(record).toMatchObject({ kind: 'subscribed', packId: 'ml', status: 'ok', etag: '"v1"', paperCount: 2, lastSync: 10 });
    expect(await refreshSubscription(db, URL_A, { fetch: server.fetch, now: () => 20 })).toBe('unchanged');
    expect(etagSeen).toBe('"v1"');
    expect((await db.packs.get(URL_A))!.lastSync).toBe(20);
  });

  it('a server without ETags sending the same bytes again writes no papers, non-ASCII text included', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml', name: 'Lectures µ — ü' })));
    await subscribe(db, URL_A, { fetch: server.fetch, now: () => 10 });
    const before = await allPaperRecords(db);
    let written = 0;
    db.packChunks.hook('creating', () => void written++);
    expect(await refreshSubscription(db, URL_A, { fetch: server.fetch, now: () => 20 })).toBe('unchanged');
    expect(written).toBe(0);
    expect(await allPaperRecords(db)).toEqual(before);
  });

  const failures: [string, (url: string) => string | ((init: RequestInit) => Response | Promise<Response>), RegExp][] = [
    ['bad JSON', () => '{"papers": [', /Not JSON/],
    ['a wrong schema', () => text({ ...makePack(), schemaVersion: 7 }), /schemaVersion/],
    ['a 404', () => () => new Response('gone', { status: 404, statusText: 'Not Found' }), /404 Not Found/],
    ['a 500', () => () => new Response('oops', { status: 500 }), /answered 500/],
    ['a declared size over the limit', () => () => new Response('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } }), /Larger than/],
    [
      'a body that grows past the limit',
      () => () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
            },
          }),
        ),
      /Larger than/,
    ],
    [
      'no answer in time',
      () => (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      /within/,
    ],
  ];

  it.each(failures)('%s is refused with a clear, stored error and the old papers stay', async (_name, answer, message) => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    await subscribe(db, URL_A, { fetch: server.fetch });
    await addUserData(db);
    const before = await snapshot(db);
    server.set(URL_A, answer(URL_A));
    const fast = { fetch: server.fetch, now: () => 99, timeoutMs: 200 };
    expect(await refreshSubscription(db, URL_A, fast)).toBe('failed');
    const after = await snapshot(db);
    expect(after.papers).toEqual(before.papers);
    expect(after.readingList).toEqual(before.readingList);
    expect(after.packs[0]).toMatchObject({ status: 'error', version: '1', lastSync: 99, lastError: expect.stringMatching(message) });
  });

  it('does not follow a redirect, so no plain-http request goes out, and says what to subscribe to', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, redirectingTo(server.fetch, 'http://packs.example.org/ml.json'));
    server.set('http://packs.example.org/ml.json', text(makePack({ id: 'ml' })));
    const record = await subscribe(db, URL_A, { fetch: server.fetch });
    expect(server.requests.map((r) => r.url)).toEqual([URL_A, URL_A]);
    expect(record).toMatchObject({
      status: 'error',
      paperCount: 0,
      lastError:
        'https://packs.example.org/ml.json redirects to another address, which arXiv Lens does not follow: subscribe to the https address it leads to instead (open it in a tab to see it)',
    });
  });

  it('tells a pack that cannot be reached from one that redirects', async () => {
    const db = await freshDb();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as Fetcher;
    const record = await subscribe(db, URL_A, { fetch: offline });
    expect(record.lastError).toBe('Could not fetch: Failed to fetch');
  });

  it('a first fetch that fails keeps the subscription, with its error, for a later retry', async () => {
    const db = await freshDb();
    const record = await subscribe(db, URL_A, { fetch: fakeServer().fetch });
    expect(record).toMatchObject({ status: 'error', lastError: expect.stringMatching(/404/), paperCount: 0 });
  });

  it('unsubscribing removes the pack and its papers, never the user data', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    await importBundledPack(db, text(makePack({ papers: [makePack().papers[1]] })));
    await subscribe(db, URL_A, { fetch: server.fetch });
    await addUserData(db);
    await unsubscribe(db, URL_A);
    const after = await snapshot(db);
    expect(after.packs.map((p) => p.key)).toEqual(['bundled']);
    expect(after.papers.every((p) => p.packKey === 'bundled')).toBe(true);
    expect(after.readingList).toHaveLength(1);
    expect(after.notes).toHaveLength(1);
    await expect(unsubscribe(db, 'bundled')).rejects.toThrow(/cannot be removed/);
  });

  it('unsubscribing a pack leaves every paper of a pack whose URL is its URL, a "|" and more', async () => {
    const db = await freshDb();
    const server = fakeServer();
    const short = 'https://packs.example.org/picks?topics=ml';
    const long = 'https://packs.example.org/picks?topics=ml|cv';
    server.set(short, text(makePack({ id: 'ml' })));
    server.set(long, text(makePack({ id: 'ml-cv' })));
    await subscribe(db, short, { fetch: server.fetch });
    await subscribe(db, long, { fetch: server.fetch });
    await unsubscribe(db, short);
    const after = await snapshot(db);
    expect(after.packs.map((p) => p.key)).toEqual([long]);
    expect(after.papers.map((p) => [p.packKey, p.id])).toEqual([
      [long, '2405.20519'],
      [long, null],
    ]);
  });
});
