import { describe, expect, it } from 'vitest';
import type { LensDB } from '@/lib/store/db';
import { lookup } from '@/lib/store/lookup';
import { savePaper } from '@/lib/store/reading-list';
import { refreshSubscription, STORAGE_FULL, subscribe, syncBundledPack } from '@/lib/store/sync';
import { addUserTag } from '@/lib/store/user-tags';
import { fakeServer, freshDb, makePack, text } from '../helpers/packs';

const URL_A = 'https://packs.example.org/ml.json';
const good = makePack().papers[0]!;
const paper = (overrides: Record<string, unknown>) => makePack({ version: '2', papers: [{ ...good, ...overrides }] });

/** Everything but the pack's own sync status, which a refusal is meant to update. */
async function dump(db: LensDB) {
  const packs = (await db.packs.toArray()).map(({ status, lastError, lastSync, ...rest }) => rest);
  return JSON.stringify({
    papers: await db.papers.orderBy('key').toArray(),
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

const REFUSED: [string, string][] = [
  ['not JSON', '<!DOCTYPE html><html>Not found</html>'],
  ['an empty answer', ''],
  ['JSON null', 'null'],
  ['a JSON array', '[]'],
  ['a foreign JSON document', text({ name: 'my-package', version: '1.0.0', dependencies: {} })],
  ['another format name', text(makePack({ format: 'zotero-export' }))],
  ['a newer schema version', text(makePack({ schemaVersion: 2 }))],
  ['no pack id', text({ ...makePack(), id: undefined })],
  ['no version', text({ ...makePack(), version: undefined })],
  ['no papers', text({ ...makePack(), papers: undefined })],
  ['papers that is an object', text(makePack({ papers: { 0: good } }))],
  ['a paper that is a string', text(makePack({ papers: ['2405.20519'] }))],
  ['a versioned id', text(paper({ id: '2405.20519v3' }))],
  ['an id with a subject class', text(paper({ id: 'math.GT/0309136' }))],
  ['an id of month 13', text(paper({ id: '2413.00001' }))],
  ['an id that is a URL', text(paper({ id: 'https://arxiv.org/abs/2405.20519' }))],
  ['an id carrying markup', text(paper({ id: '<script>alert(1)</script>' }))],
  ['the same paper twice', text(makePack({ papers: [good, good] }))],
  ['tags that are numbers', text(paper({ tags: [1, 2] }))],
  ['a summary of 1 MB', text(paper({ summaries: [{ source: 'x', text: 'a'.repeat(1_000_000) }] }))],
  ['a title of 10,000 characters', text(paper({ title: 't'.repeat(10_000) }))],
  ['a javascript: source URL', text(paper({ summaries: [{ source: 'x', sourceUrl: 'javascript:alert(1)', text: 't' }] }))],
  ['a date that is not a date', text(paper({ published: 'soon' }))],
  ['nesting 100,000 deep', nested(100_000)],
  ['nesting 50 deep where a paper should be', nested(50)],
  ['too many papers', text(makePack({ papers: Array.from({ length: 200_001 }, (_, i) => ({ id: null, title: `t${i}`, tags: [], summaries: [] })) }))],
  ['a feed with an http shard', text({ format: 'arxiv-lens-feed', schemaVersion: 1, id: 'f', name: 'f', version: '1', generatedAt: '2024-06-30', shards: [{ key: '2405', url: 'http://x.org/2405.json', hash: 'a'.repeat(64), papers: 1 }] })],
  ['a feed with a hash that is not sha256', text({ format: 'arxiv-lens-feed', schemaVersion: 1, id: 'f', name: 'f', version: '1', generatedAt: '2024-06-30', shards: [{ key: '2405', url: '2405.json', hash: 'md5:abc', papers: 1 }] })],
];

describe('hostile and malformed packs', () => {
  it(`there are at least 25 kinds of them (${REFUSED.length})`, () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REFUSED)('%s is refused with a clear message; papers and user data stay as they were', async (_name, body) => {
    const db = await freshDb();
    const server = fakeServer();
    server.set(URL_A, text(makePack({ id: 'ml' })));
    await syncBundledPack(db, text(makePack({ papers: [makePack().papers[1]] })));
    await subscribe(db, URL_A, { fetch: server.fetch });
    await savePaper(db, '2405.20519', 'Diffusion', 1);
    await addUserTag(db, '2405.20519', 'keep', 1);
    const before = await dump(db);
    server.set(URL_A, body);
    expect(await refreshSubscription(db, URL_A, { fetch: server.fetch })).toBe('failed');
    expect(await dump(db)).toBe(before);
    const record = (await db.packs.get(URL_A))!;
    expect(record.status).toBe('error');
    expect(record.lastError).toMatch(/^(Not |Larger than|Only https)/);
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
    expect(await syncBundledPack(db, `{"__proto__":{"polluted":true},${doc.slice(1)}`)).toBe('imported');
    const info = (await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!;
    expect(info.summaries).toEqual([{ source: hostile, text: hostile }]);
    expect(info.curatedTags).toEqual([hostile.slice(0, 40)]);
    expect(JSON.stringify(await db.papers.toArray())).not.toContain('onload');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('a full disk gives a clear message and writes nothing', async () => {
    const db = await freshDb();
    await syncBundledPack(db, text(makePack()));
    await savePaper(db, '2405.20519', 'Diffusion', 1);
    const before = await dump(db);
    let written = 0;
    db.papers.hook('creating', () => {
      if (++written > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const bigger = makePack({ version: '3', papers: Array.from({ length: 50 }, (_, i) => ({ id: `2406.${String(i + 1).padStart(5, '0')}`, title: null, tags: ['t'], summaries: [] })) });
    expect(await syncBundledPack(db, text(bigger))).toBe('failed');
    expect(await dump(db)).toBe(before);
    expect((await db.packs.get('bundled'))!.lastError).toBe(STORAGE_FULL);
  });
});
