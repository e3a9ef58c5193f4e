import { describe, expect, it } from 'vitest';
import { SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';
import { hfDailySource } from '@/lib/sources/hf-daily';
import { lookup } from '@/lib/reads/lookup';
import { covers, dailyUrl, DAY, fixture, gaps, harness, hfItem2026, hfItemWithId, HOUR, MINUTE, respond, T0, type Route } from './fake-api';

/** The 14 New York days before and including 2026-03-10, today first. */
const FORTNIGHT = [
  '2026-03-10',
  '2026-03-09',
  '2026-03-08',
  '2026-03-07',
  '2026-03-06',
  '2026-03-05',
  '2026-03-04',
  '2026-03-03',
  '2026-03-02',
  '2026-03-01',
  '2026-02-28',
  '2026-02-27',
  '2026-02-26',
  '2026-02-25',
];

/** Hugging Face as it was: 2602.23229 on the list of 2026-03-06, the 29 papers of the 2024 capture on 2026-03-05, empty days otherwise. */
const dailyPapers: Route = (request) => {
  const url = new URL(request.url);
  if (url.origin + url.pathname !== 'https://huggingface.co/api/daily_papers') return respond('{"error":"Not Found"}', 404);
  if (url.searchParams.get('p')) return respond('[]');
  if (url.searchParams.get('date') === '2026-03-06') return respond(`[${fixture('hf/hf-daily-papers-item-2026-03.json')}]`);
  if (url.searchParams.get('date') === '2026-03-05') return respond(fixture('hf/hf-daily-papers.json'));
  return respond('[]');
};

const hfDaily = async () => {
  const h = await harness({ enabled: ['hf-daily'] });
  h.route(dailyPapers);
  return h;
};

const askedDays = (urls: readonly { url: string }[]) => urls.map((r) => new URL(r.url).searchParams.get('date'));

describe('hf-daily: Hugging Face Daily Papers', () => {
  it('on schedule, fetches the lists of the last 14 New York days, 100 papers a page', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    expect(h.requests.map((r) => r.url)).toEqual(FORTNIGHT.map((day) => dailyUrl(day)));
    expect(h.requests.every((r) => r.method === 'GET' && r.credentials === 'omit')).toBe(true);
  });

  it("follows New York's calendar: at 02:00 UTC it is still the day before there", async () => {
    const h = await harness({ enabled: ['hf-daily'], start: Date.parse('2026-03-11T02:00:00Z') });
    h.route(dailyPapers);
    await h.trigger({ kind: 'schedule' });
    expect(askedDays(h.requests)[0]).toBe('2026-03-10');
  });

  it('sends one request at a time, at least 0.6 s apart', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    expect(h.maxInFlight()).toBe(1);
    expect(Math.min(...gaps(h.requests))).toBeGreaterThanOrEqual(600);
  });

  it('asks only huggingface.co, which it declares among its origins', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    expect(h.requests.filter((r) => !covers(hfDailySource.origins, r.url))).toEqual([]);
  });

  it('asks for the next page (&p=1) when a page is full', async () => {
    const h = await hfDaily();
    const full = JSON.stringify(Array.from({ length: 100 }, (_, i) => hfItemWithId(`2603.${10_000 + i}`)));
    h.route((request) => (request.url === dailyUrl('2026-03-06') ? respond(full) : dailyPapers(request)));
    await h.trigger({ kind: 'schedule' });
    const urls = h.requests.map((r) => r.url);
    expect(urls).toContain(dailyUrl('2026-03-06', 1));
    expect(urls.filter((url) => url.includes('&p='))).toEqual([dailyUrl('2026-03-06', 1)]);
    expect(await h.db.papers.where('packKey').equals(SOURCE_ORIGIN_KEYS['hf-daily']).count()).toBe(100 + 29);
  });

  it('counts a page as full by the items Hugging Face sent, not by the ones it could use', async () => {
    const h = await hfDaily();
    // 99 readable items and one the parser skips (an odd item, which the parser allows for): the page is still full.
    const items: unknown[] = Array.from({ length: 99 }, (_, i) => hfItemWithId(`2603.${10_000 + i}`));
    items.push({ ...hfItem2026(), paper: 'not a paper object' });
    h.route((request) => (request.url === dailyUrl('2026-03-06') ? respond(JSON.stringify(items)) : dailyPapers(request)));
    await h.trigger({ kind: 'schedule' });
    expect(h.requests.map((r) => r.url)).toContain(dailyUrl('2026-03-06', 1));
  });

  it('stores the papers so that a lookup shows the AI summary, upvotes, GitHub repository and keywords', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    const answer = await lookup(h.db, { ids: ['2602.23229'], titles: {} });
    expect(answer['2602.23229']).toMatchObject({
      summaries: [
        {
          source: 'Hugging Face Daily Papers',
          sourceUrl: 'https://huggingface.co/papers/2602.23229',
          text: 'Large Multimodal Models demonstrate superior performance in closed-world classification with in-context learning and excel in open-world scenarios when equipped with context refinement techniques.',
          generated: true,
        },
      ],
      upvotes: 10,
      github: { url: 'https://github.com/marco-garosi/CIRCLE', stars: 9 },
      projectPage: 'https://circle-lmm.github.io/',
      saved: null,
      userTags: [],
    });
    expect(answer['2602.23229']!.curatedTags).toContain('in-context learning');
    // A paper of the 2024 capture, served as another day's list, is there too (no AI summary then).
    const older = await lookup(h.db, { ids: ['2410.17243'], titles: {} });
    expect(older['2410.17243']!.upvotes).toBeGreaterThan(0);
  });

  it('reports its status: ok, with the number of papers it holds', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    expect(await h.db.sourceStatus.get('hf-daily')).toMatchObject({ status: 'ok', paperCount: 30 });
    expect((await h.db.sourceStatus.get('hf-daily'))!.lastError).toBeUndefined();
  });

  it('fetches no past day again: their lists are final', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    h.requests.length = 0;
    h.clock.now = T0 + 30 * MINUTE;
    await h.trigger({ kind: 'schedule' });
    expect(h.requests).toEqual([]);
  });

  it("fetches today's list again once it is an hour old, and only that one", async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    h.requests.length = 0;
    h.clock.now = T0 + 59 * MINUTE;
    await h.trigger({ kind: 'schedule' });
    expect(h.requests).toEqual([]);
    h.clock.now = T0 + HOUR + 30_000;
    await h.trigger({ kind: 'schedule' });
    expect(h.requests.map((r) => r.url)).toEqual([dailyUrl('2026-03-10')]);
  });

  it('fetches a list once more after its day ended when it was fetched while the day went on', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'schedule' });
    h.requests.length = 0;
    // The next morning in New York: 2026-03-10 may have grown after it was fetched at 13:00.
    h.clock.now = T0 + DAY - 3 * HOUR;
    await h.trigger({ kind: 'schedule' });
    expect(askedDays(h.requests)).toEqual(['2026-03-11', '2026-03-10']);
    // Fetched after its day, 2026-03-10 is now final.
    h.requests.length = 0;
    h.clock.now += 2 * HOUR;
    await h.trigger({ kind: 'schedule' });
    expect(askedDays(h.requests)).toEqual(['2026-03-11']);
  });

  it('syncs when the user opens a Hugging Face list page', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'page', page: 'hf-list', ids: ['2602.23229'] });
    expect(askedDays(h.requests)).toEqual(FORTNIGHT);
  });

  it('does not sync for an abstract page, or for a save', async () => {
    const h = await hfDaily();
    await h.trigger({ kind: 'page', page: 'abs', ids: ['2602.23229'] });
    await h.trigger({ kind: 'page', page: 'listing', ids: ['2602.23229'] });
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toEqual([]);
  });

  it('fetches nothing when it is off', async () => {
    const h = await harness({ enabled: ['arxiv', 'hf-paper', 'semantic-scholar'] });
    h.route(dailyPapers);
    await h.trigger({ kind: 'schedule' });
    expect(h.requests).toEqual([]);
    expect(await h.db.sourceStatus.get('hf-daily')).toBeUndefined();
  });

  it('stops at a day Hugging Face answers with an error: error status, the days before it kept', async () => {
    const h = await hfDaily();
    h.route((request) => (request.url === dailyUrl('2026-03-05') ? respond('{"error":"Internal Error"}', 500) : dailyPapers(request)));
    await h.trigger({ kind: 'schedule' });
    expect(askedDays(h.requests)).toEqual(FORTNIGHT.slice(0, 6));
    expect(await h.db.sourceStatus.get('hf-daily')).toMatchObject({ status: 'error', lastError: expect.stringMatching(/500.*2026-03-05/) });
    // 2026-03-06 came before the failure and stays; the next trigger asks only what is missing.
    expect(await h.db.papers.get(`${SOURCE_ORIGIN_KEYS['hf-daily']}|2602.23229`)).toBeDefined();
    h.route(dailyPapers);
    h.requests.length = 0;
    await h.trigger({ kind: 'schedule' });
    expect(askedDays(h.requests)).toEqual(FORTNIGHT.slice(5));
  });

  it('rests for the wait a 429 asks for, and asks again after it', async () => {
    const h = await hfDaily();
    h.route(() => respond('{"error":"Too Many Requests"}', 429, { 'retry-after': '120' }));
    await h.trigger({ kind: 'schedule' });
    expect(h.requests).toHaveLength(1);
    expect((await h.db.sourceStatus.get('hf-daily'))!.lastError).toMatch(/429.*paused for 120 s/);
    await h.trigger({ kind: 'page', page: 'hf-list', ids: [] });
    expect(h.requests).toHaveLength(1);
    h.clock.now += 121_000;
    h.route(() => respond('[]'));
    await h.trigger({ kind: 'schedule' });
    expect(h.requests.length).toBeGreaterThan(1);
  });
});
