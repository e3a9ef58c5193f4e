import { readLimited, type Fetcher } from '../net/fetch-document';
import { SourceError } from './source-error';

export const SOURCE_FETCH_LIMITS = {
  /** A page of 100 Hugging Face papers with every field is about 0.5 MB; a 500-paper TLDR batch less. */
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 20_000,
} as const;

export interface SourceResponse {
  status: number;
  text: string;
  headers: Headers;
}

/**
 * One request to a source's API, without cookies, with a timeout and a size limit. Any status is
 * returned (a 404 can be an answer); no answer at all is a SourceError naming the host.
 */
export async function fetchSource(fetch: Fetcher, url: string, init: RequestInit = {}): Promise<SourceResponse> {
  const host = new URL(url).host;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SOURCE_FETCH_LIMITS.timeoutMs);
  try {
    // A redirect is not followed (it could lead to plain http); it fails as no answer does, and is
    // not told apart: that would take a second request, and an API's redirect is no user's to fix.
    const response = await fetch(url, { ...init, credentials: 'omit', redirect: 'error', signal: controller.signal });
    const declared = Number(response.headers.get('content-length'));
    if (declared > SOURCE_FETCH_LIMITS.maxBytes) throw tooLarge(host);
    const text = await readLimited(response, SOURCE_FETCH_LIMITS.maxBytes, () => tooLarge(host));
    return { status: response.status, text, headers: response.headers };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (controller.signal.aborted) throw new SourceError(`${host} gave no complete answer within ${SOURCE_FETCH_LIMITS.timeoutMs / 1000} s`);
    throw new SourceError(`Could not reach ${host} (offline, the connection was refused, or it redirected elsewhere)`);
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(host: string): SourceError {
  return new SourceError(`${host} sent an answer larger than ${SOURCE_FETCH_LIMITS.maxBytes / 1024 / 1024} MB; it was not read`);
}

/**
 * Seconds to wait that a 429 or 503 names: `Retry-After` (seconds or a date), or the `t=` of the
 * IETF `RateLimit` header Hugging Face sends.
 */
export function retryAfterSeconds(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = /(?:^|[;,\s])t=(\d+)/.exec(headers.get('ratelimit') ?? '');
  return reset ? Number(reset[1]) : undefined;
}

/** A status that is no answer: the request may be tried again later. */
export function isTransient(status: number): boolean {
  return status === 429 || status >= 500;
}
