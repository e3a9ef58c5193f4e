import { describe, expect, it } from 'vitest';
import { semanticScholarSource } from '@/lib/sources/semantic-scholar';
import { lookup } from '@/lib/reads/lookup';
import { covers, DAY, fixture, gaps, harness, manyIds, MINUTE, respond, T0, type Route, type SentRequest } from './fake-api';

const BATCH_URL = 'https://api.semanticscholar.org/graph/v1/paper/batch?fields=tldr,externalIds,citationCount';

const askedIds = (request: SentRequest) => (JSON.parse(request.body ?? '{}') as { ids: string[] }).ids;

/** The batch API: the real TLDR capture for 2602.23229, null (unknown) for every other id, in the order asked. */
const batchApi: Route = (request) => {
  if (request.url !== BATCH_URL || request.method !== 'POST') return respond('{"error":"Not found"}', 404);
  const tldr = JSON.parse(fixture('s2/s2-paper-tldr.json')) as unknown;
  return respond(JSON.stringify(askedIds(request).map((id) => (id === 'ARXIV:2602.23229' ? tldr : null))));
};

const s2 = async (s2ApiKey?: string) => {
  const h = await harness({ enabled: ['semantic-scholar'], s2ApiKey });
  h.route(batchApi);
  return h;
};

const listing = (...ids: string[]) => ({ kind: 'page', page: 'listing', ids }) as const;

/** Answers these in turn, then the batch API. */
const inTurn = (...answers: (() => Response)[]): Route => {
  let next = 0;
  return (request) => (next < answers.length ? answers[next++]!() : batchApi(request));
};
const tooMany =
  (headers: Record<string, string> = {}) =>
  () =>
    respond(fixture('s2/s2-429.json'), 429, headers);

describe('semantic-scholar: TLDRs (opt-in)', () => {
  it('posts the ids of a listing in one batch, as ARXIV:<id>', async () => {
    const h = await s2();
    await h.trigger(listing('2602.23229', '2405.20519'));
    expect(h.requests).toHaveLength(1);
    const [request] = h.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(BATCH_URL);
    expect(JSON.parse(request!.body!)).toEqual({ ids: ['ARXIV:2602.23229', 'ARXIV:2405.20519'] });
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.credentials).toBe('omit');
    expect(covers(semanticScholarSource.origins, request!.url)).toBe(true);
  });

  it('sends no x-api-key header without a key', async () => {
    const h = await s2();
    await h.trigger(listing('2602.23229'));
    expect(h.requests[0]!.headers.has('x-api-key')).toBe(false);
  });

  it("sends the user's key as x-api-key when they gave one", async () => {
    const h = await s2('my-key-123');
    await h.trigger(listing('2602.23229'));
    expect(h.requests[0]!.headers.get('x-api-key')).toBe('my-key-123');
  });

  it('asks for search results and catch-up pages too, not for abstract pages, schedule or saves', async () => {
    const h = await s2();
    await h.trigger({ kind: 'page', page: 'abs', ids: ['2602.23229'] });
    await h.trigger({ kind: 'page', page: 'hf-list', ids: ['2602.23229'] });
    await h.trigger({ kind: 'schedule' });
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toEqual([]);
    await h.trigger({ kind: 'page', page: 'search', ids: ['2602.23229'] });
    await h.trigger({ kind: 'page', page: 'catchup', ids: ['2405.20519'] });
    expect(h.requests).toHaveLength(2);
  });

  it('splits more than 500 ids into batches of 500, sent one at a time at least 1 s apart', async () => {
    const h = await s2();
    const ids = manyIds(1_200);
    await h.trigger(listing(...ids));
    expect(h.requests.map((r) => askedIds(r).length)).toEqual([500, 500, 200]);
    expect(h.requests.flatMap(askedIds)).toEqual(ids.map((id) => `ARXIV:${id}`));
    expect(h.maxInFlight()).toBe(1);
    expect(Math.min(...gaps(h.requests))).toBeGreaterThanOrEqual(1_000);
  });

  it('stores each batch as it comes, so an open list shows the first TLDRs before the last batch is asked', async () => {
    const h = await s2();
    const storedWhenAsked: number[] = [];
    h.route(async (request) => {
      storedWhenAsked.push(await h.db.sourceFetches.count());
      return batchApi(request);
    });
    await h.trigger(listing(...manyIds(1_200)));
    expect(storedWhenAsked).toEqual([0, 500, 1_000]);
    expect(await h.db.sourceFetches.count()).toBe(1_200);
  });

  it('keeps the batches answered before one that fails', async () => {
    const h = await s2();
    let asked = 0;
    h.route((request) => (++asked === 3 ? respond('{"error":"Bad request"}', 400) : batchApi(request)));
    const ids = manyIds(1_200);
    await h.trigger(listing(...ids));
    expect(await h.db.sourceFetches.count()).toBe(1_000);
    expect(await h.db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'error' });
    // Only the batch that failed is asked again.
    await h.trigger(listing(...ids));
    expect(askedIds(h.requests.at(-1)!)).toEqual(ids.slice(1_000).map((id) => `ARXIV:${id}`));
  });

  it('shows the TLDR it found in a lookup, labelled as machine-written, with the citation count', async () => {
    const h = await s2();
    await h.trigger(listing('2602.23229'));
    const answer = await lookup(h.db, { ids: ['2602.23229'], titles: {} });
    expect(answer['2602.23229']!.summaries).toEqual([
      {
        source: 'Semantic Scholar TLDR',
        sourceUrl: 'https://www.semanticscholar.org/arxiv/2602.23229',
        text: expect.stringMatching(/^If the meaning of the words “machine” and “think”/),
        model: 'tldr@v2.0.0',
        generated: true,
      },
    ]);
    expect(answer['2602.23229']!.citationCount).toBe(10059);
    expect(await h.db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'ok', paperCount: 1 });
  });

  it('stores null answers as not found, and does not ask for them again within 3 days', async () => {
    const h = await s2();
    await h.trigger(listing('2405.20519', '1902.02534'));
    expect(
      await h.db.sourceFetches.bulkGet([
        ['semantic-scholar', '2405.20519'],
        ['semantic-scholar', '1902.02534'],
      ]),
    ).toEqual([expect.objectContaining({ found: false }), expect.objectContaining({ found: false })]);
    h.clock.now = T0 + 3 * DAY - MINUTE;
    await h.trigger(listing('2405.20519', '1902.02534'));
    expect(h.requests).toHaveLength(1);
    h.clock.now = T0 + 3 * DAY + MINUTE;
    await h.trigger(listing('2405.20519', '1902.02534'));
    expect(h.requests).toHaveLength(2);
  });

  it('does not ask again for a TLDR it found within 30 days, and asks only for the new ids of a page', async () => {
    const h = await s2();
    await h.trigger(listing('2602.23229'));
    h.clock.now = T0 + 29 * DAY;
    await h.trigger(listing('2602.23229', '2405.20519'));
    expect(h.requests.map(askedIds)).toEqual([['ARXIV:2602.23229'], ['ARXIV:2405.20519']]);
    h.clock.now = T0 + 30 * DAY + MINUTE;
    await h.trigger(listing('2602.23229'));
    expect(h.requests.map(askedIds)).toEqual([['ARXIV:2602.23229'], ['ARXIV:2405.20519'], ['ARXIV:2602.23229']]);
  });

  it('retries a 429 after a backoff sleep, and succeeds', async () => {
    const h = await s2();
    h.route(inTurn(tooMany()));
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(2);
    // 2 s × (0.5 + random()), random() being 0.5 here.
    expect(h.sleeps).toContain(2_000);
    expect(h.requests[1]!.at - h.requests[0]!.at).toBeGreaterThanOrEqual(2_000);
    expect(await h.db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'ok', paperCount: 1 });
  });

  it('waits as long as a Retry-After header says', async () => {
    const h = await s2();
    h.route(inTurn(tooMany({ 'retry-after': '7' })));
    await h.trigger(listing('2602.23229'));
    expect(h.sleeps).toContain(7_000);
    expect(h.requests[1]!.at - h.requests[0]!.at).toBe(7_000);
  });

  it('retries a 503 like a 429', async () => {
    const h = await s2();
    h.route(inTurn(() => respond('<html><body>Service Unavailable</body></html>', 503)));
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(2);
    expect(await h.db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'ok' });
  });

  it('after four 429s in a row, pauses: error status about rate-limiting, no request until the pause ends', async () => {
    const h = await s2();
    h.route(tooMany());
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(4);
    // The backoff grows: 2 s, 4 s, 8 s (× 0.5 + random()).
    expect(h.sleeps).toEqual([2_000, 4_000, 8_000]);
    const status = await h.db.sourceStatus.get('semantic-scholar');
    expect(status).toMatchObject({ status: 'error', lastError: expect.stringMatching(/rate-limit/i) });
    expect(status!.pausedUntil).toBeGreaterThan(h.clock.now);
    expect(await h.db.sourceFetches.count()).toBe(0);

    h.route(batchApi);
    h.clock.now += 5 * MINUTE;
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(4);

    h.clock.now = status!.pausedUntil! + 1;
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(5);
    const after = await h.db.sourceStatus.get('semantic-scholar');
    expect(after).toMatchObject({ status: 'ok', paperCount: 1 });
    expect(after!.pausedUntil).toBeUndefined();
  });

  it('does not retry a 403: error status saying the API key was refused', async () => {
    const h = await s2('a-revoked-key');
    h.route(() => respond(fixture('s2/s2-403.json'), 403));
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    const status = await h.db.sourceStatus.get('semantic-scholar');
    expect(status).toMatchObject({ status: 'error', lastError: expect.stringMatching(/API key/) });
    expect(status!.pausedUntil).toBeUndefined();
  });

  it("does not retry a 400: error status quoting Semantic Scholar's message", async () => {
    const h = await s2();
    h.route(() => respond(fixture('s2/s2-400.json'), 400));
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(1);
    expect((await h.db.sourceStatus.get('semantic-scholar'))!.lastError).toBe(
      'Semantic Scholar answered 400: Unrecognized or unsupported fields: [unknown]',
    );
  });

  it('ignores an answer of another length than the ids asked: error status, nothing stored', async () => {
    const h = await s2();
    // The real 4-paper capture, for 2 ids: the answers cannot be matched to the ids.
    h.route(() => respond(fixture('s2/s2-batch.json')));
    await h.trigger(listing('2602.23229', '2405.20519'));
    expect(await h.db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'error', lastError: expect.stringMatching(/4 papers where 2/) });
    expect(await h.db.papers.count()).toBe(0);
    expect(await h.db.sourceFetches.count()).toBe(0);
  });

  it('asks again after 3 days for a paper it knows without a TLDR yet (most new papers), not after 30', async () => {
    const h = await harness({ enabled: ['semantic-scholar'] });
    // The real capture's shape, its TLDR not written yet.
    const noTldr = { ...(JSON.parse(fixture('s2/s2-paper-tldr.json')) as object), tldr: null };
    h.route(() => respond(JSON.stringify([noTldr])));
    await h.trigger(listing('2602.23229'));
    h.clock.now += 3 * DAY + 1;
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(2);
  });

  it('stops before its next request once the user turns it off while it backs off', async () => {
    const h = await s2();
    h.route(
      inTurn(() => {
        // The user turns the source off while the first answer (a 429) is on its way.
        h.enabled.delete('semantic-scholar');
        return tooMany()();
      }),
    );
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(1);
    expect(await h.db.sourceStatus.get('semantic-scholar')).toBeUndefined();
  });

  it('pauses rather than sleeping through a wait of more than a minute', async () => {
    const h = await s2();
    h.route(inTurn(() => respond(fixture('s2/s2-429.json'), 429, { 'retry-after': '3600' })));
    await h.trigger(listing('2602.23229'));
    expect(h.requests).toHaveLength(1);
    expect(h.sleeps.filter((ms) => ms > 60_000)).toEqual([]);
    expect((await h.db.sourceStatus.get('semantic-scholar'))!.pausedUntil).toBe(h.clock.now + 3_600_000);
  });
});
