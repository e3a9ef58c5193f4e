import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { clearAbstracts, withHeldAbstracts } from '@/lib/abstracts/abstract-cache';
import { createAbstractQueue } from '@/lib/abstracts/abstract-queue';
import { DAY, fixture, gaps, harness, manyIds, respond, type Route, type SentRequest } from '../sources/fake-api';

const idList = (request: SentRequest) => new URL(request.url).searchParams.get('id_list')?.split(',') ?? [];

/** An entry's abstract straight from the feed's text, whitespace folded. */
function abstractIn(feed: string, id: string): string {
  const entry = feed.split('<entry>').find((part) => part.includes(`/abs/${id}v`))!;
  return /<summary>([\s\S]*?)<\/summary>/.exec(entry)![1]!.replace(/\s+/g, ' ').trim();
}

const SEARCH_IDS = [...fixture('arxiv/arxiv-search-sample.xml').matchAll(/<id>http:\/\/arxiv\.org\/abs\/(\S+?)v\d+<\/id>/g)].map((m) => m[1]!);

/**
 * arXiv's query API as in the arxiv source's tests: the real answers for 1707.08567 (alone, or
 * among ids it does not know), 0808.05394 with 1707.08567 (the first unknown), the ten papers of
 * the search sample, the refusal of 1234.12345; an empty feed for anything else.
 */
const queryApi: Route = (request) => {
  const ids = idList(request).sort();
  if (ids.includes('1234.12345')) return respond(fixture('arxiv/arxiv-error-legacy-doc-example.xml'), 400);
  if (ids.join(',') === '0808.05394,1707.08567') return respond(fixture('arxiv/arxiv-query-two-ids-one-unknown.xml'));
  if (ids.includes('1707.08567')) return respond(fixture('arxiv/arxiv-query-1707.08567.xml'));
  if (ids.every((id) => SEARCH_IDS.includes(id))) return respond(fixture('arxiv/arxiv-search-sample.xml'));
  return respond(fixture('arxiv/arxiv-query-unknown-id-empty.xml'));
};

async function setup(options: { cacheLimit?: number; pacerSleep?: Parameters<typeof harness>[0]['pacerSleep']; onSwitchRead?: () => void } = {}) {
  const h = await harness({ enabled: ['arxiv'], pacerSleep: options.pacerSleep });
  h.route(queryApi);
  const queue = createAbstractQueue({
    db: h.db,
    pacer: h.pacer,
    fetch: h.fetch,
    now: () => h.clock.now,
    arxivOn: async () => {
      options.onSwitchRead?.();
      return h.enabled.has('arxiv');
    },
    cacheLimit: options.cacheLimit,
  });
  return { h, queue };
}

const AEW10 = abstractIn(fixture('arxiv/arxiv-query-1707.08567.xml'), '1707.08567');

describe('abstracts: what a title-only list asks for', () => {
  it("answers with arXiv's abstract and version, and the second time from the cache", async () => {
    const { h, queue } = await setup();
    expect(await queue.abstracts(['1707.08567'])).toEqual({ '1707.08567': { text: AEW10, version: 1 } });
    expect(AEW10).toMatch(/^The 10th Asia-Europe workshop in "Concepts in Information Theory/);
    expect(h.requests.map((r) => new URL(r.url).searchParams.get('max_results'))).toEqual(['1']);
    expect(h.requests[0]!.credentials).toBe('omit');
    expect(await queue.abstracts(['1707.08567'])).toEqual({ '1707.08567': { text: AEW10, version: 1 } });
    expect(h.requests).toHaveLength(1);
  });

  it('answers ten papers from one request of a real ten-entry feed', async () => {
    const { h, queue } = await setup();
    const answer = await queue.abstracts(SEARCH_IDS);
    expect(SEARCH_IDS).toHaveLength(10);
    expect(h.requests).toHaveLength(1);
    expect(Object.keys(answer).sort()).toEqual([...SEARCH_IDS].sort());
    for (const id of SEARCH_IDS) expect(answer[id]!.text).toBe(abstractIn(fixture('arxiv/arxiv-search-sample.xml'), id));
  });

  it('marks an id arXiv leaves out of its answer as unknown (null), keeps the others, and asks again only days later', async () => {
    const { h, queue } = await setup();
    expect(await queue.abstracts(['1707.08567', '0808.05394'])).toEqual({ '1707.08567': { text: AEW10, version: 1 }, '0808.05394': null });
    expect(await h.db.abstracts.get('0808.05394')).toMatchObject({ text: null });
    h.clock.now += DAY;
    expect(await queue.abstracts(['0808.05394'])).toEqual({ '0808.05394': null });
    expect(h.requests).toHaveLength(1);
    h.clock.now += 3 * DAY;
    await queue.abstracts(['0808.05394']);
    expect(h.requests.map(idList)).toEqual([expect.any(Array), ['0808.05394']]);
  });

  it('asks again for an abstract a week old, as a new version may have rewritten it', async () => {
    const { h, queue } = await setup();
    await queue.abstracts(['1707.08567']);
    h.clock.now += 6 * DAY;
    await queue.abstracts(['1707.08567']);
    expect(h.requests).toHaveLength(1);
    h.clock.now += DAY;
    await queue.abstracts(['1707.08567']);
    expect(h.requests).toHaveLength(2);
  });

  it('asks for at most 100 ids a request, at least 3 s apart, one request at a time, the newest question first', async () => {
    // The switch is read by the first question, before the first request, and by the second
    // question just before its ids are queued: the wait for the second request lasts until then.
    let reads = 0;
    let secondQueued!: () => void;
    const queued = new Promise<void>((resolve) => (secondQueued = resolve));
    const { h, queue } = await setup({
      onSwitchRead: () => ++reads === 3 && secondQueued(),
      pacerSleep: async (ms, clock) => {
        await queued;
        await nextTurn();
        clock.now += ms;
      },
    });
    const older = manyIds(250, '2401');
    const newer = ['1707.08567', ...manyIds(30, '2402')];
    const first = queue.abstracts(older);
    while (h.requests.length === 0) await nextTurn();
    // The reader scrolled on while the first request was under way.
    const second = queue.abstracts(newer);
    const answers = await Promise.all([first, second]);
    const sent = h.requests.map(idList);
    expect(sent.map((ids) => ids.length)).toEqual([100, 100, 81]);
    expect(sent[0]).toEqual(older.slice(0, 100));
    expect(sent[1]!.slice(0, 31)).toEqual(newer);
    expect(new Set(sent.flat()).size).toBe(281);
    expect(gaps(h.requests).every((gap) => gap >= 3_000)).toBe(true);
    expect(h.maxInFlight()).toBe(1);
    expect(answers[1]!['1707.08567']).toEqual({ text: AEW10, version: 1 });
    // arXiv answered only 1707.08567 of that request: the others are unknown.
    expect(answers[1]!['2402.10000']).toBeNull();
    // The other requests' empty feeds were arXiv under load: their ids are left out, to be asked again.
    expect(Object.keys(answers[0]!).sort()).toEqual(sent[1]!.slice(31).sort());
  });

  it('asks once for an id two questions want', async () => {
    const { h, queue } = await setup();
    const [first, second] = await Promise.all([queue.abstracts(['1707.08567']), queue.abstracts(['1707.08567'])]);
    expect(first).toEqual(second);
    expect(h.requests).toHaveLength(1);
  });

  it("sends the page's request ahead of the arxiv source's waiting batch for the reading list", async () => {
    let batchWaiting!: () => void;
    const waiting = new Promise<void>((resolve) => (batchWaiting = resolve));
    let pageAsked!: () => void;
    const asked = new Promise<void>((resolve) => (pageAsked = resolve));
    // The pacer's wait for the second batch lasts until the page's question is in the queue.
    const { h, queue } = await setup({
      pacerSleep: async (ms, clock) => {
        batchWaiting();
        await asked;
        clock.now += ms;
      },
    });
    const run = h.pacer.run;
    h.pacer.run = (host, interval, priority, request) => {
      const queued = run(host, interval, priority, request);
      if (priority === 'page') pageAsked();
      return queued;
    };
    await h.db.readingList.bulkAdd(['1707.08567', ...manyIds(149)].map((id) => ({ id, addedAt: 1, updatedAt: 1, state: 'to-read' as const })));
    const sync = h.trigger({ kind: 'saved' });
    await waiting;
    const answer = await queue.abstracts(['2405.20519']);
    await sync;
    expect(h.requests.map((r) => idList(r).length)).toEqual([100, 1, 50]);
    expect(idList(h.requests[1]!)).toEqual(['2405.20519']);
    expect(gaps(h.requests).every((gap) => gap >= 3_000)).toBe(true);
    expect(answer).toEqual({ '2405.20519': null });
  });
});

describe('abstracts: the arxiv source switch', () => {
  it('with the arxiv source off, answers from the cache only and asks arXiv nothing', async () => {
    const { h, queue } = await setup();
    await queue.abstracts(['1707.08567']);
    h.enabled.delete('arxiv');
    expect(await queue.abstracts(['1707.08567', '2405.20519'])).toEqual({ '1707.08567': { text: AEW10, version: 1 } });
    expect(h.requests).toHaveLength(1);
  });

  it('sends nothing for a question that waited while the source was turned off', async () => {
    const { h, queue } = await setup();
    const first = queue.abstracts(['1707.08567']);
    const second = queue.abstracts(['2405.20519']);
    h.enabled.delete('arxiv');
    expect(await Promise.all([first, second])).toEqual([{}, {}]);
    expect(h.requests).toEqual([]);
  });
});

describe('abstracts: bad answers lose nothing', () => {
  async function afterOneGood() {
    const s = await setup();
    await s.queue.abstracts(['1707.08567']);
    return { ...s, before: await s.h.db.abstracts.toArray() };
  }

  it.each<[string, Route]>([
    ['a web page', () => respond('<!DOCTYPE html><html><body>Service unavailable</body></html>')],
    ['a 503', () => respond('Retry later', 503, { 'retry-after': '30' })],
    ['no answer (offline)', () => new Error('Failed to fetch')],
    ['broken XML', () => respond('<feed><entry><id>http://arxiv.org/abs/2405.20519v1</id>')],
    ['an error feed about another id', () => respond(fixture('arxiv/arxiv-error.xml'), 400)],
    ['an empty feed for several ids (arXiv under load)', () => respond(fixture('arxiv/arxiv-query-unknown-id-empty.xml'))],
  ])('%s: the ids are left out of the answer, nothing is stored, and they are asked again next time', async (_, route) => {
    const { h, queue, before } = await afterOneGood();
    const asked = SEARCH_IDS.slice(0, 2);
    h.route(route);
    expect(await queue.abstracts(asked)).toEqual({});
    expect(await h.db.abstracts.toArray()).toEqual(before);
    h.route(queryApi);
    const answer = await queue.abstracts([...asked, '1707.08567']);
    expect(answer['1707.08567']).toEqual({ text: AEW10, version: 1 });
    expect(asked.map((id) => answer[id]?.text)).toEqual(asked.map((id) => abstractIn(fixture('arxiv/arxiv-search-sample.xml'), id)));
    expect(h.requests.map(idList)).toEqual([['1707.08567'], asked, asked]);
  });

  it('an empty feed for one id: arXiv does not know it', async () => {
    const { queue } = await setup();
    expect(await queue.abstracts(['2405.20519'])).toEqual({ '2405.20519': null });
  });

  it('an id arXiv refuses is unknown, and the others of its request are asked again without it', async () => {
    const { h, queue } = await setup();
    expect(await queue.abstracts(['1234.12345', '1707.08567'])).toEqual({ '1234.12345': null, '1707.08567': { text: AEW10, version: 1 } });
    expect(h.requests.map(idList)).toEqual([['1234.12345', '1707.08567'], ['1707.08567']]);
    expect(gaps(h.requests)).toEqual([3_000]);
  });
});

describe('abstracts: the cache', () => {
  it('keeps at most its limit, dropping the abstracts fetched longest ago', async () => {
    const { h, queue } = await setup({ cacheLimit: 10 });
    await queue.abstracts(['1707.08567']);
    h.clock.now += 1_000;
    await queue.abstracts(SEARCH_IDS);
    expect(await h.db.abstracts.count()).toBe(10);
    expect(await h.db.abstracts.get('1707.08567')).toBeUndefined();
    expect((await h.db.abstracts.toCollection().primaryKeys()).sort()).toEqual([...SEARCH_IDS].sort());
  });

  it('holds 20,000 by default: past them the oldest go', async () => {
    const { h, queue } = await setup();
    await h.db.abstracts.bulkAdd(manyIds(20_000, '2301').map((id, i) => ({ id, text: `Abstract ${i}`, fetchedAt: h.clock.now - 20_000 + i })));
    await queue.abstracts(['1707.08567']);
    expect(await h.db.abstracts.count()).toBe(20_000);
    expect(await h.db.abstracts.get('2301.10000')).toBeUndefined();
    expect(await h.db.abstracts.get('2301.10001')).toBeDefined();
    expect(await h.db.abstracts.get('1707.08567')).toMatchObject({ text: AEW10 });
  });

  it('is emptied by clearAbstracts, and the next question asks arXiv again', async () => {
    const { h, queue } = await setup();
    await queue.abstracts(['1707.08567']);
    await clearAbstracts(h.db);
    expect(await h.db.abstracts.count()).toBe(0);
    await queue.abstracts(['1707.08567']);
    expect(h.requests).toHaveLength(2);
  });

  it("gives a list's papers the abstracts held for them when the page showed none, for the ranking", async () => {
    const { h, queue } = await setup();
    await queue.abstracts(['1707.08567']);
    const papers = [
      { id: '1707.08567', title: 'A title-only entry' },
      { id: '2405.20519', title: 'Nothing held for it' },
      { id: '1707.08568', title: 'The page showed it', abstract: 'The page’s own abstract.' },
    ];
    expect(await withHeldAbstracts(h.db, papers, h.clock.now)).toEqual([
      { id: '1707.08567', title: 'A title-only entry', abstract: AEW10 },
      papers[1],
      papers[2],
    ]);
  });
});
