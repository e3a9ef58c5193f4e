import { describe, expect, it } from 'vitest';
import { arxivSource } from '@/lib/sources/arxiv';
import { SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { makePack, text } from '../../helpers/packs';
import { covers, DAY, fixture, gaps, harness, manyIds, MINUTE, page, respond, storeContents, T0, type Route, type SentRequest } from './fake-api';

const idList = (request: SentRequest) => new URL(request.url).searchParams.get('id_list')?.split(',') ?? [];

/**
 * arXiv's query API: the real answers for 1707.08567 (alone or among made-up ids), astro-ph/0601001,
 * and 0808.05394 with 1707.08567 (the first unknown); the HTTP 400 error feed for `abc`; an empty
 * feed for anything else.
 */
const queryApi: Route = (request) => {
  const url = new URL(request.url);
  if (url.pathname !== '/api/query') return respond('<html><body>Not found</body></html>', 404);
  const ids = idList(request).sort().join(',');
  if (ids.includes('abc')) return respond(fixture('arxiv/arxiv-error.xml'), 400);
  if (ids === '0808.05394,1707.08567') return respond(fixture('arxiv/arxiv-query-two-ids-one-unknown.xml'));
  // A batch that holds it gets its entry; arXiv knows none of the made-up ids beside it.
  if (ids.split(',').includes('1707.08567')) return respond(fixture('arxiv/arxiv-query-1707.08567.xml'));
  if (ids === 'astro-ph/0601001') return respond(fixture('arxiv/arxiv-query.xml'));
  return respond(fixture('arxiv/arxiv-query-unknown-id-empty.xml'));
};

const arxiv = async (saved: { id: string; version?: number }[]) => {
  const h = await harness({ enabled: ['arxiv'] });
  await h.db.readingList.bulkAdd(saved.map((entry) => ({ ...entry, addedAt: 1, updatedAt: 1, state: 'to-read' as const })));
  h.route(queryApi);
  return h;
};

const arxivRecord = (h: { db: import('@/lib/db/db').LensDB }, id: string) => h.db.papers.get(`${SOURCE_ORIGIN_KEYS.arxiv}|${id}`);

describe('arxiv: metadata of saved papers', () => {
  it('asks the query API for the saved papers, with id_list and max_results', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(1);
    const url = new URL(h.requests[0]!.url);
    expect(url.pathname).toBe('/api/query');
    expect(url.searchParams.get('id_list')).toBe('1707.08567');
    expect(url.searchParams.get('max_results')).toBe('1');
    expect(h.requests[0]!.credentials).toBe('omit');
    expect(await arxivRecord(h, '1707.08567')).toMatchObject({
      title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
      version: 1,
      categories: ['cs.IT'],
      published: '2017-07-27T08:18:33Z',
    });
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'ok', paperCount: 1 });
  });

  it('asks a host it declares among its origins, the one whose access it checks', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    await h.trigger({ kind: 'saved' });
    // The extension's host permissions are arxiv.org, www.arxiv.org and huggingface.co: a request to
    // any other host is a cross-origin request the browser may refuse.
    expect(h.requests.map((r) => new URL(r.url).host).filter((host) => !covers(arxivSource.origins, `https://${host}/`))).toEqual([]);
  });

  it('asks on schedule too (the daily alarm), but never for a page', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    await h.trigger({ kind: 'page', page: 'abs', ids: ['1707.08567'] });
    await h.trigger({ kind: 'page', page: 'listing', ids: ['1707.08567'] });
    expect(h.requests).toEqual([]);
    await h.trigger({ kind: 'schedule' });
    expect(h.requests).toHaveLength(1);
  });

  it('asks nothing when the reading list is empty', async () => {
    const h = await arxiv([]);
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toEqual([]);
  });

  it('asks for more than 100 papers in batches of 100, at least 3 s apart, one at a time', async () => {
    const ids = ['1707.08567', ...manyIds(149)];
    const h = await arxiv(ids.map((id) => ({ id })));
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(2);
    expect(h.requests.map((r) => idList(r).length)).toEqual([100, 50]);
    expect(h.requests.map((r) => new URL(r.url).searchParams.get('max_results'))).toEqual(['100', '50']);
    expect(h.requests.flatMap(idList).sort()).toEqual([...ids].sort());
    expect(gaps(h.requests)[0]).toBeGreaterThanOrEqual(3_000);
    expect(h.maxInFlight()).toBe(1);
  });

  it('keeps 3 s between requests across triggers', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    await h.trigger({ kind: 'saved' });
    await h.db.readingList.add({ id: 'astro-ph/0601001', addedAt: 2, updatedAt: 2, state: 'to-read' });
    await h.trigger({ kind: 'saved' });
    expect(h.requests.map(idList)).toEqual([['1707.08567'], ['astro-ph/0601001']]);
    expect(gaps(h.requests)[0]).toBeGreaterThanOrEqual(3_000);
  });

  it('stores an id missing from the feed as not found, and does not ask for it again soon', async () => {
    const h = await arxiv([{ id: '0808.05394' }, { id: '1707.08567' }]);
    await h.trigger({ kind: 'saved' });
    expect(await h.db.sourceFetches.get(['arxiv', '0808.05394'])).toMatchObject({ found: false });
    expect(await h.db.sourceFetches.get(['arxiv', '1707.08567'])).toMatchObject({ found: true });
    expect(await arxivRecord(h, '1707.08567')).toBeDefined();
    expect(await h.db.papers.where('id').equals('0808.05394').count()).toBe(0);

    h.clock.now = T0 + 2 * DAY;
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(1);
    // After 3 days the unknown id is asked again, alone (1707.08567 is good for a week).
    h.clock.now = T0 + 3 * DAY + MINUTE;
    await h.trigger({ kind: 'saved' });
    expect(h.requests.map(idList)).toEqual([['0808.05394', '1707.08567'], ['0808.05394']]);
  });

  it('takes an empty feed for several saved papers as a failed answer, not as all of them unknown', async () => {
    const h = await arxiv([{ id: '1707.08567' }, { id: '2405.20519' }]);
    h.route(() => respond(fixture('arxiv/arxiv-query-unknown-id-empty.xml')));
    await h.trigger({ kind: 'saved' });
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'error', lastError: expect.stringContaining('try again later') });
    expect(await h.db.sourceFetches.count()).toBe(0);
  });

  it('asks again for a paper it found after a week, to see new versions', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    await h.trigger({ kind: 'saved' });
    h.clock.now = T0 + 6 * DAY;
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(1);
    h.clock.now = T0 + 7 * DAY + MINUTE;
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(2);
  });

  it('sets aside an id arXiv refuses (HTTP 400 error feed) and asks again for the rest', async () => {
    const h = await arxiv([{ id: '1707.08567' }, { id: 'abc' }]);
    await h.trigger({ kind: 'saved' });
    expect(h.requests.map((r) => idList(r).sort())).toEqual([['1707.08567', 'abc'], ['1707.08567']]);
    expect(gaps(h.requests)[0]).toBeGreaterThanOrEqual(3_000);
    expect(await h.db.sourceFetches.get(['arxiv', 'abc'])).toMatchObject({ found: false });
    expect(await arxivRecord(h, '1707.08567')).toBeDefined();
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'ok', paperCount: 1 });
    // The refused id is not sent again soon.
    h.clock.now = T0 + DAY;
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(2);
  });

  it('gives a saved paper without a version the latest one arXiv names, and leaves a known version alone', async () => {
    const h = await arxiv([{ id: '1707.08567' }, { id: 'astro-ph/0601001', version: 3 }]);
    h.route((request) =>
      idList(request).length === 2
        ? respond(fixture('arxiv/arxiv-query-1707.08567.xml').replace('</feed>', `${entryOf('arxiv/arxiv-query.xml')}</feed>`))
        : queryApi(request),
    );
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(1);
    expect(await h.db.readingList.get('1707.08567')).toMatchObject({ version: 1 });
    // Saved at v3 (as the page showed it): the feed's v1 is no news and does not replace it.
    expect(await h.db.readingList.get('astro-ph/0601001')).toMatchObject({ version: 3 });
  });

  it('on a web page instead of a feed: error status with a clear message, nothing written', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    h.route(() => respond(page('abs/abs_1902.02534_fetched-2026-07-12.html')));
    const before = await storeContents(h.db);
    await h.trigger({ kind: 'saved' });
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'error', lastError: 'arXiv sent a web page instead of an Atom feed' });
    expect(await storeContents(h.db)).toEqual(before);
    expect(await h.db.sourceFetches.count()).toBe(0);
  });

  it('on a 503: error status saying to try later, the papers it had and the reading list untouched', async () => {
    const h = await arxiv([{ id: '1707.08567' }, { id: 'astro-ph/0601001' }]);
    await importBundledPack(h.db, text(makePack()));
    h.route((request) => (idList(request).length === 1 ? queryApi(request) : respond(fixture('arxiv/arxiv-query-1707.08567.xml'))));
    await h.trigger({ kind: 'saved' });
    expect(await arxivRecord(h, '1707.08567')).toBeDefined();
    const before = await storeContents(h.db);

    // A week later, arXiv is down.
    h.clock.now = T0 + 8 * DAY;
    h.route(() => respond('<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>', 503, { 'retry-after': '60' }));
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toHaveLength(2);
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'error', lastError: 'arXiv answered 503: try again later', paperCount: 1 });
    expect(await storeContents(h.db)).toEqual(before);
  });

  it('is not run when it is off', async () => {
    const h = await arxiv([{ id: '1707.08567' }]);
    h.enabled.delete('arxiv');
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toEqual([]);
  });
});

/** The `<entry>` of a fixture feed. */
function entryOf(name: string): string {
  const xml = fixture(name);
  return xml.slice(xml.indexOf('<entry>'), xml.lastIndexOf('</entry>') + '</entry>'.length);
}
