import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/sources';
import type { SourceId } from '@/lib/sources/keys';
import { createSourceRunner } from '@/lib/source-runtime/run-sources';
import { ACCESS_WITHDRAWN } from '@/lib/source-runtime/source-access';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import { SourceError } from '@/lib/source-apis/source-error';
import type { PaperSource, SourceTrigger } from '@/lib/sources/types';
import { freshDb } from '../../helpers/packs';
import { covers, fixture, gaps, harness, respond, T0, type Route } from '../sources/fake-api';

/** S2's batch API answering null (unknown) for every id asked. */
const allUnknown: Route = (request) => respond(JSON.stringify((JSON.parse(request.body ?? '{"ids":[]}') as { ids: string[] }).ids.map(() => null)));

const listing = (...ids: string[]): SourceTrigger => ({ kind: 'page', page: 'listing', ids });

/** A source that only records when its syncs start and end, and can be told to fail. */
function probeSource(id: SourceId, events: string[], fail?: unknown): PaperSource {
  return {
    id,
    label: id,
    defaultOn: true,
    sends: '',
    origins: ['https://example.org/*'],
    async sync(_ctx, trigger) {
      events.push(`start ${trigger.kind}`);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      events.push(`end ${trigger.kind}`);
      if (fail !== undefined) throw fail;
    },
  };
}

describe('run-sources: the runner', () => {
  it('each source fetches only from the hosts it declares', async () => {
    const h = await harness({ enabled: ['hf-daily', 'hf-paper', 'semantic-scholar', 'arxiv'] });
    await h.db.readingList.add({ id: '1707.08567', addedAt: 1, updatedAt: 1, state: 'to-read' });
    h.route((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/query') return respond(fixture('arxiv/arxiv-query-1707.08567.xml'));
      if (url.pathname === '/api/daily_papers') return respond('[]');
      if (url.host === 'api.semanticscholar.org') return allUnknown(request);
      return respond(fixture('hf/hf-datasets-rows-404.json'), 404);
    });
    await h.trigger({ kind: 'schedule' });
    await h.trigger({ kind: 'page', page: 'abs', ids: ['2405.20519'] });
    await h.trigger({ kind: 'page', page: 'listing', ids: ['2405.20519'] });
    const origins = new Map(SOURCES.map((source) => [source.id, source.origins]));
    // Every request went to a host some source declared, and every source reported ok.
    expect(h.requests.filter((r) => ![...origins.values()].some((o) => covers(o, r.url)))).toEqual([]);
    expect(await h.db.sourceStatus.toArray()).toEqual(
      expect.arrayContaining(['hf-daily', 'hf-paper', 'semantic-scholar', 'arxiv'].map((id) => expect.objectContaining({ id, status: 'ok' }))),
    );
  });

  it('runs two triggers for one source one after the other: never two requests in flight', async () => {
    const h = await harness({ enabled: ['semantic-scholar'] });
    h.route(allUnknown);
    await Promise.all([h.trigger(listing('2602.23229')), h.trigger(listing('2405.20519'))]);
    expect(h.requests).toHaveLength(2);
    expect(h.maxInFlight()).toBe(1);
    // The source's pace holds across triggers: 1 s between Semantic Scholar requests.
    expect(gaps(h.requests)[0]).toBeGreaterThanOrEqual(1_000);
  });

  it('a second trigger waits for the first, so it does not fetch again what the first brought', async () => {
    const h = await harness({ enabled: ['arxiv'] });
    await h.db.readingList.add({ id: '1707.08567', addedAt: 1, updatedAt: 1, state: 'to-read' });
    h.route(() => respond(fixture('arxiv/arxiv-query-1707.08567.xml')));
    await Promise.all([h.trigger({ kind: 'saved' }), h.trigger({ kind: 'saved' }), h.trigger({ kind: 'schedule' })]);
    expect(h.requests).toHaveLength(1);
  });

  it("works through one source's triggers in order, while other sources run alongside", async () => {
    const db = await freshDb();
    const events: Record<string, string[]> = { a: [], b: [] };
    const runner = createSourceRunner({
      db,
      sources: [probeSource('hf-daily', events.a!), probeSource('arxiv', events.b!)],
      now: () => T0,
      settings: async () => ({ enabled: new Set<SourceId>(['hf-daily', 'arxiv']) }),
    });
    await Promise.all([runner.trigger({ kind: 'schedule' }), runner.trigger({ kind: 'saved' })]);
    expect(events.a).toEqual(['start schedule', 'end schedule', 'start saved', 'end saved']);
    expect(events.b).toEqual(['start schedule', 'end schedule', 'start saved', 'end saved']);
  });

  it('keeps working through the triggers after one fails', async () => {
    const db = await freshDb();
    const events: string[] = [];
    const failing = probeSource('hf-daily', events, new SourceError('Hugging Face answered 500'));
    const runner = createSourceRunner({
      db,
      sources: [failing],
      now: () => T0,
      settings: async () => ({ enabled: new Set<SourceId>(['hf-daily']) }),
    });
    await Promise.all([runner.trigger({ kind: 'schedule' }), runner.trigger({ kind: 'saved' })]);
    expect(events).toEqual(['start schedule', 'end schedule', 'start saved', 'end saved']);
    expect(await db.sourceStatus.get('hf-daily')).toMatchObject({ status: 'error', lastError: 'Hugging Face answered 500', lastSync: T0 });
  });

  it('stores an unexpected error as such, and never lets it reach the caller', async () => {
    const db = await freshDb();
    const runner = createSourceRunner({
      db,
      sources: [probeSource('arxiv', [], new RangeError('boom'))],
      now: () => T0,
      settings: async () => ({ enabled: new Set<SourceId>(['arxiv']) }),
    });
    await expect(runner.trigger({ kind: 'saved' })).resolves.toBeUndefined();
    expect(await db.sourceStatus.get('arxiv')).toMatchObject({ status: 'error', lastError: 'Unexpected error: boom' });
  });

  it('a failing source does not stop the others', async () => {
    const h = await harness({ enabled: ['hf-daily', 'arxiv'] });
    await h.db.readingList.add({ id: '1707.08567', addedAt: 1, updatedAt: 1, state: 'to-read' });
    h.route((request) =>
      new URL(request.url).pathname === '/api/query' ? respond(fixture('arxiv/arxiv-query-1707.08567.xml')) : new TypeError('Failed to fetch'),
    );
    await h.trigger({ kind: 'schedule' });
    expect(await h.db.sourceStatus.get('hf-daily')).toMatchObject({ status: 'error' });
    expect(await h.db.sourceStatus.get('arxiv')).toMatchObject({ status: 'ok', paperCount: 1 });
  });

  it('reads the settings at every trigger: a source turned off is not run, a new key is sent', async () => {
    const h = await harness({ enabled: ['semantic-scholar'] });
    h.route(allUnknown);
    await h.trigger(listing('2401.10000'));
    h.s2ApiKey = 'new-key';
    await h.trigger(listing('2401.10001'));
    h.enabled.delete('semantic-scholar');
    await h.trigger(listing('2401.10002'));
    expect(h.requests.map((r) => r.headers.get('x-api-key'))).toEqual([null, 'new-key']);
  });
});

describe('run-sources: a source turned off', () => {
  it('because its access was withdrawn, forgets what it brought and keeps a status that says why, until turned on again', async () => {
    const db = await freshDb();
    await storeAnswer(db, 'semantic-scholar', [], [{ key: '2602.23229', found: false }], T0);
    const runner = createSourceRunner({ db, now: () => T0, settings: async () => ({ enabled: new Set() }) });
    await runner.forget('semantic-scholar', true);
    expect(await db.sourceFetches.count()).toBe(0);
    expect(await db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'error', lastError: ACCESS_WITHDRAWN, paperCount: 0 });
    await runner.forget('semantic-scholar');
    expect(await db.sourceStatus.get('semantic-scholar')).toBeUndefined();
  });
});
