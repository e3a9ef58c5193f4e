import type { AbstractAnswer } from '../messaging';
import type { PackPaper } from '../pack/schema';
import { ARXIV_BATCH, ARXIV_HOST, ARXIV_INTERVAL_MS, parseArxivAnswer, refusedId, requestArxiv } from '../source-apis/arxiv-query';
import type { HostPacer } from '../net/host-pacer';
import type { SourceResponse } from '../source-apis/http';
import type { LensDB } from '../db/db';
import type { Fetcher } from '../net/fetch-document';
import { ABSTRACT_CACHE_LIMIT, readAbstracts, writeAbstracts } from './abstract-cache';

export interface AbstractQueueDeps {
  db: LensDB;
  /** The gate to arXiv shared with the sources, so that the arxiv source's batches wait behind these. */
  pacer: HostPacer;
  fetch?: Fetcher;
  now?: () => number;
  /** Whether the `arxiv` source is on: read at each question and again before each request. */
  arxivOn(): Promise<boolean>;
  cacheLimit?: number;
}

/** What became of an id: its answer, or undefined when it could not be had (a failed request, the source off). */
type Outcome = AbstractAnswer | undefined;

interface Waiter {
  promise: Promise<Outcome>;
  settle(outcome: Outcome): void;
}

/**
 * Abstracts for the rows a reader reaches on title-only lists: what the cache holds at once, the
 * rest from arXiv's API in requests of up to 100 ids taken at each turn of arXiv's pacer, the
 * ids asked most recently first. An id already asked for is not asked again; each answer is
 * stored (`abstract-cache.ts`).
 */
export function createAbstractQueue(deps: AbstractQueueDeps) {
  const now = deps.now ?? Date.now;
  const fetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  /** Ids not yet sent, the most recently asked first. */
  const pending: string[] = [];
  /** Every id pending or in a request under way. */
  const waiters = new Map<string, Waiter>();
  /** The pacer's turns booked and not yet begun: always enough for every pending id. */
  let turns = 0;

  function waiterFor(id: string): Waiter {
    const held = waiters.get(id);
    if (held) return held;
    let settle!: (outcome: Outcome) => void;
    const promise = new Promise<Outcome>((resolve) => (settle = resolve));
    const waiter = { promise, settle };
    waiters.set(id, waiter);
    return waiter;
  }

  function settle(ids: readonly string[], answers: ReadonlyMap<string, AbstractAnswer>): void {
    for (const id of ids) {
      waiters.get(id)?.settle(answers.get(id));
      waiters.delete(id);
    }
  }

  /** Puts ids ahead of every other pending one, in the order given. */
  function putFirst(ids: readonly string[]): void {
    const first = new Set(ids);
    const rest = pending.filter((id) => !first.has(id));
    pending.splice(0, pending.length, ...ids, ...rest);
    for (; turns * ARXIV_BATCH < pending.length; turns++) void turn();
  }

  async function turn(): Promise<void> {
    let ids: string[] = [];
    let response: SourceResponse | undefined;
    try {
      response = await deps.pacer.run(ARXIV_HOST, ARXIV_INTERVAL_MS, 'page', async () => {
        turns--;
        ids = pending.splice(0, ARXIV_BATCH);
        return (await deps.arxivOn()) ? requestArxiv(fetch, ids) : undefined;
      });
    } catch {
      return settle(ids, new Map());
    }
    if (!response) return settle(ids, new Map());
    const answers = answersOf(ids, response);
    if (answers === 'retry') return;
    // A failed write (a full disk) loses only the cache's copy: the reader still gets the answer.
    await writeAbstracts(deps.db, answers, now(), deps.cacheLimit ?? ABSTRACT_CACHE_LIMIT).catch(() => undefined);
    settle(ids, answers);
  }

  /** What arXiv said of each id asked, or 'retry' when it refused one id and the others are asked again. */
  function answersOf(ids: readonly string[], response: SourceResponse): Map<string, AbstractAnswer> | 'retry' {
    let papers: PackPaper[];
    try {
      papers = parseArxivAnswer(response);
    } catch (error) {
      const refused = refusedId(error);
      if (!refused || !ids.includes(refused)) return new Map();
      settle([refused], new Map([[refused, null]]));
      putFirst(ids.filter((id) => id !== refused));
      return 'retry';
    }
    // Under load arXiv answers an empty feed: several ids all unknown at once is that, not an answer.
    if (papers.length === 0 && ids.length > 1) return new Map();
    const found = new Map(papers.flatMap((paper) => (paper.id && paper.abstract ? [[paper.id, paper] as const] : [])));
    // An id arXiv leaves out of its feed is one it does not know.
    return new Map(
      ids.map((id) => {
        const paper = found.get(id);
        return [id, paper ? { text: paper.abstract!, ...(paper.version ? { version: paper.version } : {}) } : null] as const;
      }),
    );
  }

  return {
    /**
     * The abstracts of these ids: null for an id arXiv does not know; an id is left out when it
     * could not be had (arXiv failed to answer, or the `arxiv` source is off and the cache has
     * nothing for it), so the page may ask again later.
     */
    async abstracts(ids: readonly string[]): Promise<Record<string, AbstractAnswer>> {
      const unique = [...new Set(ids)];
      const held = await readAbstracts(deps.db, unique, now());
      const answer: Record<string, AbstractAnswer> = Object.fromEntries(held);
      const missing = unique.filter((id) => !held.has(id));
      if (missing.length === 0 || !(await deps.arxivOn())) return answer;
      // An id in a request under way is not sent again; the others, new or waiting, go first.
      const queued = new Set(pending);
      const sent = new Set(missing.filter((id) => waiters.has(id) && !queued.has(id)));
      const waits = missing.map((id) => waiterFor(id).promise);
      putFirst(missing.filter((id) => !sent.has(id)));
      const outcomes = await Promise.all(waits);
      missing.forEach((id, i) => {
        if (outcomes[i] !== undefined) answer[id] = outcomes[i]!;
      });
      return answer;
    },
  };
}

export type AbstractQueue = ReturnType<typeof createAbstractQueue>;
