import { FRESHNESS } from '../source-runtime/freshness';
import { SOURCE_DEFAULT_ON } from './keys';
import { fetchSource, isTransient, retryAfterSeconds, type SourceResponse } from '../source-apis/http';
import { parseS2Batch, S2_FIELDS, s2ErrorMessage } from '../source-apis/semantic-scholar-api';
import { isPaused, staleKeys, storeAnswer } from '../source-runtime/source-store';
import { SourceError } from '../source-apis/source-error';
import type { PaperSource, SourceContext } from './types';

const API = `https://api.semanticscholar.org/graph/v1/paper/batch?fields=${S2_FIELDS}`;
/** The API's limit per request. */
const BATCH = 500;
/** One request a second: what a key is allowed, and gentle on the shared pool without one. */
const INTERVAL_MS = 1_000;
/** Tries after the first, for answers that say "later" (429, 5xx) or none at all. */
const RETRIES = 3;
const BACKOFF_MS = 2_000;
/** After repeated failures the source rests this long before it is asked again. */
const PAUSE_MS = 15 * 60_000;
/** The longest wait slept through before a retry; a server asking for more pauses the source instead. */
const MAX_SLEEP_MS = 60_000;

/** Pages listing many papers, where TLDRs are worth a batch request. */
const LIST_PAGES = new Set(['listing', 'search', 'catchup']);

async function post(ctx: SourceContext, ids: readonly string[]): Promise<SourceResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (ctx.s2ApiKey) headers['x-api-key'] = ctx.s2ApiKey;
  const body = JSON.stringify({ ids: ids.map((id) => `ARXIV:${id}`) });
  return ctx.paced(INTERVAL_MS, () => fetchSource(ctx.fetch, API, { method: 'POST', headers, body }));
}

/**
 * The unauthenticated pool is shared by everyone, so 429s are normal: exponential backoff with
 * jitter (or the wait the server names), then a pause of the whole source.
 */
async function postWithBackoff(ctx: SourceContext, ids: readonly string[]): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    let response: SourceResponse | undefined;
    let failure: SourceError;
    try {
      response = await post(ctx, ids);
      if (response.status === 200) return response.text;
      failure = new SourceError(s2ErrorMessage(response.status, response.text), { status: response.status });
      if (!isTransient(response.status)) throw failure;
    } catch (error) {
      if (!(error instanceof SourceError) || (error.status !== undefined && !isTransient(error.status))) throw error;
      failure = error;
    }
    if (attempt === RETRIES)
      throw new SourceError(`${failure.message} (paused for ${PAUSE_MS / 60_000} minutes)`, {
        status: failure.status,
        pauseUntil: ctx.now() + PAUSE_MS,
      });
    const named = response ? retryAfterSeconds(response.headers, ctx.now()) : undefined;
    // A long wait is not slept through in memory (the service worker may be stopped meanwhile): the source pauses.
    if (named !== undefined && named * 1_000 > MAX_SLEEP_MS)
      throw new SourceError(failure.message, { status: failure.status, pauseUntil: ctx.now() + named * 1_000 });
    await ctx.sleep(named !== undefined ? named * 1_000 : BACKOFF_MS * 2 ** attempt * (0.5 + ctx.random()));
  }
}

/**
 * Semantic Scholar's one-sentence TLDRs, for the papers of listings and search results. It tells
 * Semantic Scholar which papers were on the pages the user opened: opt-in.
 */
export const semanticScholarSource: PaperSource = {
  id: 'semantic-scholar',
  label: 'Semantic Scholar TLDRs',
  defaultOn: SOURCE_DEFAULT_ON['semantic-scholar'],
  sends:
    'Sends api.semanticscholar.org the arXiv ids of the papers on the listings, search results and catch-up pages you open, and your API key if you give one.',
  origins: ['https://api.semanticscholar.org/*'],
  async sync(ctx, trigger) {
    if (trigger.kind !== 'page' || !LIST_PAGES.has(trigger.page)) return;
    const now = ctx.now();
    if (await isPaused(ctx, 'semantic-scholar')) return;
    const wanted = await staleKeys(ctx.db, 'semantic-scholar', trigger.ids, { found: FRESHNESS.tldr, notFound: FRESHNESS.notFound }, now);
    // Each batch is stored as it comes, in page order: the reader sees the first entries' TLDRs
    // first, and an open page takes in at most one batch's papers at a time.
    for (let i = 0; i < wanted.length; i += BATCH) {
      const batch = wanted.slice(i, i + BATCH);
      const answers = parseS2Batch(await postWithBackoff(ctx, batch), batch);
      const papers = [...answers.values()].filter((paper) => paper !== null);
      // A paper known but without a TLDR yet (most new papers) is asked again as soon as one not found.
      const asked = [...answers].map(([key, paper]) => ({ key, found: (paper?.summaries.length ?? 0) > 0 }));
      await storeAnswer(ctx.db, 'semantic-scholar', papers, asked, ctx.now());
    }
  },
};
