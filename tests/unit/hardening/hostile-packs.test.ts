import { describe, expect, it } from 'vitest';
import { parsePackDocument } from '@/lib/pack/parse';
import type { LensDB } from '@/lib/db/db';
import { lookup } from '@/lib/reads/lookup';
import { savePaper } from '@/lib/user-data/reading-list';
import { STORAGE_FULL } from '@/lib/db/storage-full';
import { importBundledPack, refreshSubscription, subscribe } from '@/lib/pack-store/subscriptions';
import { addUserTag } from '@/lib/user-data/user-tags';
import { allPaperRecords, fakeServer, freshDb, makePack, text } from '../helpers/packs';

const URL_A = 'https://packs.example.org/ml.json';
const good = makePack().papers[0]!;
/** A feed manifest of one shard. */
const feedWithShard = (shard: Record<string, unknown>) =>
  text({ format: 'arxiv-lens-feed', schemaVersion: 1, id: 'f', name: 'f', version: '1', generatedAt: '2024-06-30', shards: [shard] });
const paper = (overrides: Record<string, unknown>) => makePack({ version: '2', papers: [{ ...good, ...overrides }] });

/** Everything but the pack's own sync status, which a refusal is meant to update. */
async function dump(db: LensDB) {
  const packs = (await db.packs.toArray()).map(({ status: _status, lastError: _lastError, lastSync: _lastSync, ...rest }) => rest);
  return JSON.stringify({
    papers: await allPaperRecords(db),
    packs,
    shards: await db.shards.toArray(),
    readingList: await db.readingList.toArray(),
    userTags: await db.userTags.toArray(),
    notes: await db.notes.toArray(),
    tombstones: await db.tombstones.toArray(),
  });
}

function nested(depth: number): string {
  return `{"format":"arxiv-lens-pack","schemaVersion":1,"id":"x","name":"x","version":"2","generatedAt":"2024-06-30","papers":[${'['.repeat(depth)}${']'.repeat(depth)}]}`;
}

/** Each kind with the reason it must be refused for: refused for another one, it tests nothing it names. */
const REFUSED: [string, string, RegExp][] = [
  ['not JSON', '<!DOCTYPE html><html>Not found</html>', /^Not JSON: /],
  ['an empty answer', '', /^Not JSON: /],
  ['JSON null', 'null', /^Not a valid arXiv Lens pack: Invalid input: expected object, received null$/],
  ['a JSON array', '[]', /^Not a valid arXiv Lens pack: Invalid input: expected object, received array$/],
  [
    'a foreign JSON document',
    text({ name: 'my-package', version: '1.0.0', dependencies: {} }),
    /^Not a valid arXiv Lens pack: format: .* more problems\)$/,
  ],
  [
    'another format name',
    text(makePack({ format: 'zotero-export' })),
    /^Not a valid arXiv Lens pack: format: Invalid input: expected "arxiv-lens-pack"$/,
  ],
  ['a newer schema version', text(makePack({ schemaVersion: 2 })), /^Not a valid arXiv Lens pack: schemaVersion: /],
  ['no pack id', text({ ...makePack(), id: undefined }), /^Not a valid arXiv Lens pack: id: /],
  ['no version', text({ ...makePack(), version: undefined }), /^Not a valid arXiv Lens pack: version: /],
  [
    'no papers',
    text({ ...makePack(), papers: undefined }),
    /^Not a valid arXiv Lens pack: papers: Invalid input: expected array, received undefined$/,
  ],
  [
    'papers that is an object',
    text(makePack({ papers: { 0: good } })),
    /^Not a valid arXiv Lens pack: papers: Invalid input: expected array, received object$/,
  ],
  [
    'a paper that is a string',
    text(makePack({ papers: ['2405.20519'] })),
    /^Not a valid arXiv Lens pack: papers\[0\]: Invalid input: expected object, received string$/,
  ],
  ['a versioned id', text(paper({ id: '2405.20519v3' })), /^Not a valid arXiv Lens pack: papers\[0\]\.id: not a canonical arXiv id/],
  ['an id with a subject class', text(paper({ id: 'math.GT/0309136' })), /^Not a valid arXiv Lens pack: papers\[0\]\.id: not a canonical arXiv id/],
  ['an id of month 13', text(paper({ id: '2413.00001' })), /^Not a valid arXiv Lens pack: papers\[0\]\.id: not a canonical arXiv id/],
  [
    'an id that is a URL',
    text(paper({ id: 'https://arxiv.org/abs/2405.20519' })),
    /^Not a valid arXiv Lens pack: papers\[0\]\.id: not a canonical arXiv id/,
  ],
  [
    'an id carrying markup',
    text(paper({ id: '<script>alert(1)</script>' })),
    /^Not a valid arXiv Lens pack: papers\[0\]\.id: not a canonical arXiv id/,
  ],
  ['the same paper twice', text(makePack({ papers: [good, good] })), /^Not a valid arXiv Lens pack: papers\[1\]: duplicate paper 2405\.20519$/],
  ['tags that are numbers', text(paper({ tags: [1, 2] })), /^Not a valid arXiv Lens pack: papers\[0\]\.tags\[0\]: /],
  [
    'a summary of 1 MB',
    text(paper({ summaries: [{ source: 'x', text: 'a'.repeat(1_000_000) }] })),
    /^Not a valid arXiv Lens pack: papers\[0\]\.summaries\[0\]\.text: Too big/,
  ],
  ['a title of 10,000 characters', text(paper({ title: 't'.repeat(10_000) })), /^Not a valid arXiv Lens pack: papers\[0\]\.title: Too big/],
  [
    'a javascript: source URL',
    text(paper({ summaries: [{ source: 'x', sourceUrl: 'javascript:alert(1)', text: 't' }] })),
    /^Not a valid arXiv Lens pack: papers\[0\]\.summaries\[0\]\.sourceUrl: /,
  ],
  ['a date that is not a date', text(paper({ published: 'soon' })), /^Not a valid arXiv Lens pack: papers\[0\]\.published: /],
  // V8 parses this depth without running out of stack; a parser that does not is answered as unreadable.
  [
    'nesting 100,000 deep',
    nested(100_000),
    /^(Not JSON that can be read: nested too deeply|Not a valid arXiv Lens pack: papers\[0\]: Invalid input: expected object, received array)$/,
  ],
  [
    'nesting 50 deep where a paper should be',
    nested(50),
    /^Not a valid arXiv Lens pack: papers\[0\]: Invalid input: expected object, received array$/,
  ],
  [
    'too many papers',
    text(makePack({ papers: Array.from({ length: 200_001 }, (_, i) => ({ id: null, title: `t${i}`, tags: [], summaries: [] })) })),
    /^Not a valid arXiv Lens pack: papers: Too big: expected array to have <=200000 items$/,
  ],
  [
    'a feed with an http shard',
    feedWithShard({ key: '2405', url: 'http://x.org/2405.json', hash: 'a'.repeat(64), papers: 1 }),
    /^Only https URLs can be used, not http$/,
  ],
  [
    'a feed with a hash that is not sha256',
    feedWithShard({ key: '2405', url: '2405.json', hash: 'md5:abc', papers: 1 }),
    /^Not a valid arXiv Lens feed: shards\[0\]\.hash: /,
  ],
];

describe('hostile and malformed packs', () => {
  it('at least 25 kinds of them are each refused for the reason they name', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    expect((await subscribe(db, URL_A, { fetch: server.fetch })).status).toBe('ok');
    const named: string[] = [];
    for (const [name, body, reason] of REFUSED) {
      server.set(URL_A, body);
      const outcome = await refreshSubscription(db, URL_A, { fetch: server.fetch });
      if (outcome === 'failed' && reason.test((await db.packs.get(URL_A))!.lastError ?? '')) named.push(name);
    }
    expect(named.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REFUSED)('%s is refused with a clear message; papers and user data stay as they were', async (_name, body, reason) => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    await importBundledPack(db, text(makePack({ papers: [makePack().papers[1]] })));
    await subscribe(db, URL_A, { fetch: server.fetch });
    await savePaper(db, '2405.20519', 'Diffusion', 1);
    await addUserTag(db, '2405.20519', 'keep', 1);
    const before = await dump(db);
    server.set(URL_A, body);
    expect(await refreshSubscription(db, URL_A, { fetch: server.fetch })).toBe('failed');
    expect(await dump(db)).toBe(before);
    const record = (await db.packs.get(URL_A))!;
    expect(record.status).toBe('error');
    expect(record.lastError).toMatch(reason);
    expect(record.lastError!.length).toBeLessThan(300);
  });

  it('50 MB is refused before it is read whole', async () => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    await subscribe(db, URL_A, { fetch: server.fetch });
    const before = await dump(db);
    server.set(URL_A, () => new Response(new Uint8Array(50 * 1024 * 1024).fill(32)));
    expect(await refreshSubscription(db, URL_A, { fetch: server.fetch })).toBe('failed');
    expect(await dump(db)).toBe(before);
    expect((await db.packs.get(URL_A))!.lastError).toMatch(/Larger than the 20 MB/);
  });

  it('markup, event handlers and unknown fields are kept as plain text or dropped, never as HTML', async () => {
    const db = await freshDb();
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const doc = text(paper({ title: hostile, tags: [hostile.slice(0, 40)], summaries: [{ source: hostile, text: hostile }], onload: 'alert(3)' }));
    expect(await importBundledPack(db, doc)).toBe('imported');
    const info = (await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!;
    expect(info.summaries).toEqual([{ source: hostile, text: hostile }]);
    expect(info.curatedTags).toEqual([hostile.slice(0, 40)]);
    expect(JSON.stringify(await allPaperRecords(db))).not.toContain('onload');
  });

  it('a "__proto__" key, in the pack, a paper or a summary, is dropped: never kept as data, never made a prototype', async () => {
    const db = await freshDb();
    // What the prototype offers is a field the schema refuses, so an object inheriting it would smuggle it past validation.
    const proto = '"__proto__":{"polluted":true,"sourceUrl":"javascript:alert(4)","abstract":"<script>alert(5)</script>"}';
    const poisoned = text(paper({ summaries: [{ source: 'Newsletter', text: 'A summary.' }] }))
      .replace('{"format"', `{${proto},"format"`)
      .replace('{"id":"2405.20519"', `{${proto},"id":"2405.20519"`)
      .replace('{"source":"Newsletter"', `{${proto},"source":"Newsletter"`);
    expect(poisoned.split(proto)).toHaveLength(4);

    const parsed = parsePackDocument(poisoned);
    if (parsed.type !== 'pack') throw new Error('expected a pack');
    const [parsedPaper] = parsed.pack.papers;
    for (const object of [parsed.pack, parsedPaper!, parsedPaper!.summaries[0]!]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.keys(object)).not.toContain('__proto__');
    }

    expect(await importBundledPack(db, poisoned)).toBe('imported');
    expect(JSON.stringify(await allPaperRecords(db))).not.toMatch(/__proto__|polluted|javascript:|<script>/);
    const info = (await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!;
    expect(info.summaries).toEqual([{ source: 'Newsletter', text: 'A summary.' }]);
    expect('sourceUrl' in info.summaries[0]!).toBe(false);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('a full disk gives a clear message and writes nothing', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await savePaper(db, '2405.20519', 'Diffusion', 1);
    const before = await dump(db);
    let written = 0;
    db.packChunks.hook('creating', () => {
      if (++written > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const bigger = makePack({
      version: '3',
      // Ids far enough apart to be stored as many writes, so that the disk fills up half-way.
      papers: Array.from({ length: 50 }, (_, i) => ({ id: `2406.${String(i * 100 + 1).padStart(5, '0')}`, title: null, tags: ['t'], summaries: [] })),
    });
    expect(await importBundledPack(db, text(bigger))).toBe('failed');
    expect(await dump(db)).toBe(before);
    expect((await db.packs.get('bundled'))!.lastError).toBe(STORAGE_FULL);
  });
});
