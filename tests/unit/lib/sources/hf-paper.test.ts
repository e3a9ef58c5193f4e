import { describe, expect, it } from 'vitest';
import { SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';
import { hfPaperSource } from '@/lib/sources/hf-paper';
import { lookup } from '@/lib/reads/lookup';
import { covers, DAY, fixture, gaps, harness, hfItem2026, MINUTE, respond, storeContents, T0, type Route } from './fake-api';

const paperUrl = (id: string) => `https://huggingface.co/api/papers/${id}`;

/** `GET /api/papers/<id>`: the paper object of the 2026 item for 2602.23229, Hugging Face's error body for any other. */
const papersApi: Route = (request) =>
  request.url === paperUrl('2602.23229') ? respond(JSON.stringify(hfItem2026().paper)) : respond(fixture('hf/hf-datasets-rows-404.json'), 404);

const hfPaper = async (enabled: ('hf-paper' | 'hf-daily')[] = ['hf-paper']) => {
  const h = await harness({ enabled });
  h.route(papersApi);
  return h;
};

const abs = (...ids: string[]) => ({ kind: 'page', page: 'abs', ids }) as const;

describe('hf-paper: one paper from Hugging Face (opt-in)', () => {
  it('asks Hugging Face for the paper of an abstract page, and a lookup shows its AI summary', async () => {
    const h = await hfPaper();
    await h.trigger(abs('2602.23229'));
    expect(h.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${paperUrl('2602.23229')}`]);
    expect(covers(hfPaperSource.origins, h.requests[0]!.url)).toBe(true);
    const answer = await lookup(h.db, { ids: ['2602.23229'], titles: {} });
    expect(answer['2602.23229']!.summaries).toEqual([expect.objectContaining({ source: 'Hugging Face Daily Papers', generated: true })]);
    expect(answer['2602.23229']!.upvotes).toBe(10);
    expect(await h.db.sourceStatus.get('hf-paper')).toMatchObject({ status: 'ok', paperCount: 1 });
  });

  it('asks for the papers of HTML and Hugging Face paper pages too, but not for listings, schedule or saves', async () => {
    const h = await hfPaper();
    await h.trigger({ kind: 'page', page: 'listing', ids: ['2602.23229'] });
    await h.trigger({ kind: 'page', page: 'search', ids: ['2602.23229'] });
    await h.trigger({ kind: 'schedule' });
    await h.trigger({ kind: 'saved' });
    expect(h.requests).toEqual([]);
    await h.trigger({ kind: 'page', page: 'html', ids: ['2602.23229'] });
    expect(h.requests).toHaveLength(1);
  });

  it('remembers a 404 as not found: not asked again within 3 days, asked again after', async () => {
    const h = await hfPaper();
    await h.trigger(abs('2405.20519'));
    expect(h.requests.map((r) => r.url)).toEqual([paperUrl('2405.20519')]);
    expect(await h.db.sourceFetches.get(['hf-paper', '2405.20519'])).toMatchObject({ found: false });
    expect(await h.db.sourceStatus.get('hf-paper')).toMatchObject({ status: 'ok', paperCount: 0 });

    h.clock.now = T0 + 3 * DAY - MINUTE;
    await h.trigger(abs('2405.20519'));
    expect(h.requests).toHaveLength(1);

    h.clock.now = T0 + 3 * DAY + MINUTE;
    await h.trigger(abs('2405.20519'));
    expect(h.requests).toHaveLength(2);
  });

  it('does not ask again for a paper it found, within a week', async () => {
    const h = await hfPaper();
    await h.trigger(abs('2602.23229'));
    h.clock.now = T0 + 6 * DAY;
    await h.trigger(abs('2602.23229'));
    expect(h.requests).toHaveLength(1);
  });

  it('does not ask for a paper the daily lists already hold', async () => {
    const h = await hfPaper(['hf-daily', 'hf-paper']);
    h.route((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/daily_papers')
        return respond(url.searchParams.get('date') === '2026-03-06' ? `[${fixture('hf/hf-daily-papers-item-2026-03.json')}]` : '[]');
      return papersApi(request);
    });
    await h.trigger({ kind: 'schedule' });
    h.requests.length = 0;
    await h.trigger(abs('2602.23229', '2405.20519'));
    expect(h.requests.map((r) => r.url)).toEqual([paperUrl('2405.20519')]);
  });

  it('asks for several papers one at a time, at least 0.6 s apart', async () => {
    const h = await hfPaper();
    await h.trigger(abs('2602.23229', '2405.20519', '1902.02534'));
    expect(h.requests).toHaveLength(3);
    expect(h.maxInFlight()).toBe(1);
    expect(Math.min(...gaps(h.requests))).toBeGreaterThanOrEqual(600);
  });

  it('refuses an answer about another paper: error status, nothing written', async () => {
    const h = await hfPaper();
    // Asked for 2405.20519, Hugging Face answers with 2602.23229.
    h.route(() => respond(JSON.stringify(hfItem2026().paper)));
    const before = await storeContents(h.db);
    await h.trigger(abs('2405.20519'));
    expect(await h.db.sourceStatus.get('hf-paper')).toMatchObject({ status: 'error', lastError: expect.stringContaining('2602.23229') });
    expect(await storeContents(h.db)).toEqual(before);
    expect(await h.db.sourceFetches.count()).toBe(0);
    expect(await h.db.papers.get(`${SOURCE_ORIGIN_KEYS['hf-paper']}|2602.23229`)).toBeUndefined();
  });

  it('an error status other than 404 is no "not found": error status, asked again next time', async () => {
    const h = await hfPaper();
    h.route(() => respond('<html><body>Bad gateway</body></html>', 502));
    await h.trigger(abs('2602.23229'));
    expect(await h.db.sourceStatus.get('hf-paper')).toMatchObject({ status: 'error', lastError: expect.stringContaining('502') });
    expect(await h.db.sourceFetches.count()).toBe(0);
    h.route(papersApi);
    await h.trigger(abs('2602.23229'));
    expect(h.requests).toHaveLength(2);
    expect(await h.db.sourceStatus.get('hf-paper')).toMatchObject({ status: 'ok', paperCount: 1 });
  });
});
