import { readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createHostPacer, type HostPacer } from '@/lib/net/host-pacer';
import type { SourceId } from '@/lib/sources/keys';
import { createSourceRunner, type SourceRunnerDeps } from '@/lib/source-runtime/run-sources';
import type { SourceTrigger } from '@/lib/sources/types';
import type { LensDB } from '@/lib/db/db';
import type { Fetcher } from '@/lib/net/fetch-document';
import { freshDb } from '../../helpers/packs';

/** A real API answer from tests/fixtures/apis (see its README). */
export const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/apis/${name}`, import.meta.url), 'utf8');

/** A saved page from tests/fixtures (`abs/…`, `pages/…`). */
export const page = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** 13:00 in New York (EDT) on 2026-03-10: Hugging Face's "today" is 2026-03-10, and 2602.23229 was on the list of 2026-03-06. */
export const T0 = Date.parse('2026-03-10T17:00:00Z');

/** One request as the fake network saw it, stamped with the fake clock. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
  /** The fake clock when it was sent. */
  at: number;
}

/** What the fake server does with a request: an answer, or an Error for "no answer at all". */
export type Route = (request: SentRequest) => Response | Error | Promise<Response | Error>;

export const respond = (body: string, status = 200, headers: Record<string, string> = {}) => new Response(body, { status, headers });

/** Requests the test did not plan for get a 418, so they show up as failures, never as data. */
const unplanned: Route = (request) => respond(`unplanned request: ${request.method} ${request.url}`, 418);

export interface Harness {
  db: LensDB;
  /** The fake network the runner uses. */
  fetch: Fetcher;
  /** The fake clock, in ms: `sleep` moves it, tests set it. */
  clock: { now: number };
  /** Every request, in order. */
  requests: SentRequest[];
  /** Every `sleep(ms)` the runner or a source asked for. */
  sleeps: number[];
  /** The gate to each host the runner uses, for whatever else should share it. */
  pacer: HostPacer;
  /** The most requests that were ever in flight at once. */
  maxInFlight(): number;
  /** Settings read at each trigger, as in the background. */
  enabled: Set<SourceId>;
  s2ApiKey: string | undefined;
  /** How the fake server answers from now on. */
  route(route: Route): void;
  trigger(trigger: SourceTrigger): Promise<void>;
}

/**
 * A source runner on a fresh database, a fake network and a fake clock: `sleep` advances the clock
 * instead of waiting, so pacing shows in the requests' timestamps and no test ever really waits.
 */
export async function harness(options: {
  enabled: SourceId[];
  s2ApiKey?: string;
  start?: number;
  /** How the pacer waits, given the fake clock; by default the wait only moves the clock. */
  pacerSleep?: (ms: number, clock: { now: number }) => Promise<void>;
}): Promise<Harness> {
  const db = await freshDb();
  const clock = { now: options.start ?? T0 };
  const requests: SentRequest[] = [];
  const sleeps: number[] = [];
  let route: Route = unplanned;
  let inFlight = 0;
  let maxInFlight = 0;

  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
      at: clock.now,
    };
    requests.push(request);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      // Held over many turns of the event loop, so that anything else that would send a request
      // meanwhile (another trigger of the same source) gets the chance to, and is counted.
      for (let turn = 0; turn < 30; turn++) await nextTurn();
      const answer = await route(request);
      if (answer instanceof Error) throw answer;
      return answer;
    } finally {
      inFlight--;
    }
  }) as Fetcher;

  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock.now += ms;
  };
  const pacerSleep = options.pacerSleep;
  const pacer = createHostPacer({ now: () => clock.now, sleep: pacerSleep ? (ms) => pacerSleep(ms, clock).then(() => void sleeps.push(ms)) : sleep });

  const h: Harness = {
    db,
    fetch,
    pacer,
    clock,
    requests,
    sleeps,
    maxInFlight: () => maxInFlight,
    enabled: new Set(options.enabled),
    s2ApiKey: options.s2ApiKey,
    route: (next) => {
      route = next;
    },
    trigger: (trigger) => runner.trigger(trigger),
  };

  const deps: SourceRunnerDeps = {
    db,
    fetch,
    now: () => clock.now,
    sleep,
    pacer,
    random: () => 0.5,
    settings: async () => ({ enabled: new Set(h.enabled), s2ApiKey: h.s2ApiKey }),
  };
  const runner = createSourceRunner(deps);
  return h;
}

/** Time between consecutive requests, in ms. */
export const gaps = (requests: readonly SentRequest[]) => requests.slice(1).map((request, i) => request.at - requests[i]!.at);

/** Whether a host-permission match pattern (`https://arxiv.org/*`) covers a URL. */
export function covers(origins: readonly string[], url: string): boolean {
  const { protocol, host } = new URL(url);
  return origins.some((origin) => {
    const pattern = new URL(origin.replace('*.', 'wildcard.'));
    if (pattern.protocol !== protocol) return false;
    return pattern.host.startsWith('wildcard.') ? host.endsWith(pattern.host.slice('wildcard'.length)) : pattern.host === host;
  });
}

/** Everything the user and the packs have in the store, to compare before and after a failed sync. */
export async function storeContents(db: LensDB) {
  return {
    papers: await db.papers.toArray(),
    packs: await db.packs.toArray(),
    readingList: await db.readingList.toArray(),
    userTags: await db.userTags.toArray(),
    notes: await db.notes.toArray(),
    tombstones: await db.tombstones.toArray(),
  };
}

/** The Hugging Face day list of `day`, page `page`, as the source asks for it. */
export const dailyUrl = (day: string, page = 0) => `https://huggingface.co/api/daily_papers?date=${day}&limit=100${page > 0 ? `&p=${page}` : ''}`;

/** The quoted 2026 `daily_papers` item (2602.23229, with an AI summary). */
export const hfItem2026 = () =>
  JSON.parse(fixture('hf/hf-daily-papers-item-2026-03.json')) as { paper: Record<string, unknown> } & Record<string, unknown>;

/** The 2026 item as another paper: the real answer with its id changed. */
export function hfItemWithId(id: string) {
  const item = hfItem2026();
  return { ...item, paper: { ...item.paper, id } };
}

/** Canonical new-style ids, distinct and valid: 2401.10000, 2401.10001, … */
export const manyIds = (count: number, prefix = '2401') => Array.from({ length: count }, (_, i) => `${prefix}.${10_000 + i}`);
