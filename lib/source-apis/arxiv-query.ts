import type { PackPaper } from '../pack/schema';
import type { Fetcher } from '../net/fetch-document';
import { arxivQueryUrl, parseArxivFeed } from './arxiv-atom';
import { fetchSource, isTransient, type SourceResponse } from './http';
import { SourceError } from './source-error';

/** arXiv's terms: no more than one request every three seconds, one connection at a time. */
export const ARXIV_INTERVAL_MS = 3_000;
/** Papers per request: a small feed, well under the API's page limit of 2,000. */
export const ARXIV_BATCH = 100;
/** The host every arXiv request goes to, and the pacer's name for it. */
export const ARXIV_HOST = 'arxiv.org';
/** How arXiv names the one id of a batch it refuses (`incorrect id format for <id>`). */
const REFUSED_ID = /incorrect id format for (\S+)/;

/** One request to arXiv's query API for these ids' entries; the caller paces it. */
export function requestArxiv(fetch: Fetcher, ids: readonly string[]): Promise<SourceResponse> {
  return fetchSource(fetch, arxivQueryUrl(ids), { headers: { accept: 'application/atom+xml' } });
}

/** The papers of arXiv's answer, or a SourceError saying why there are none to read. */
export function parseArxivAnswer(response: SourceResponse): PackPaper[] {
  // A refused id comes back as a 400 with an error feed, which the parser turns into its message.
  if (response.status !== 200 && response.status !== 400) {
    throw new SourceError(`arXiv answered ${response.status}${isTransient(response.status) ? ': try again later' : ''}`, { status: response.status });
  }
  const papers = parseArxivFeed(response.text);
  if (response.status === 400) throw new SourceError(`arXiv answered 400 without saying why`, { status: 400 });
  return papers;
}

/** The one id of a batch arXiv refused, when that is why the request failed. */
export function refusedId(error: unknown): string | undefined {
  return error instanceof SourceError ? REFUSED_ID.exec(error.message)?.[1] : undefined;
}
