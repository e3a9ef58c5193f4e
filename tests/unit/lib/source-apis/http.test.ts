import { describe, expect, it } from 'vitest';
import { fetchSource, isTransient, retryAfterSeconds, SOURCE_FETCH_LIMITS } from '@/lib/source-apis/http';
import { SourceError } from '@/lib/source-apis/source-error';
import type { Fetcher } from '@/lib/net/fetch-document';
import { redirectingTo } from '../../helpers/packs';
import { fixture, T0 } from '../sources/fake-api';

const URL_ = 'https://api.semanticscholar.org/graph/v1/paper/batch';

/** A fetch that answers `response` and keeps what it was asked. */
function recording(response: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return response();
  }) as Fetcher;
  return { fetch, calls };
}

describe('http: fetchSource', () => {
  it('returns any status with its body and headers: a 404 can be an answer', async () => {
    const { fetch } = recording(() => new Response(fixture('s2/s2-404.json'), { status: 404, headers: { 'x-test': '1' } }));
    const answer = await fetchSource(fetch, URL_);
    expect(answer.status).toBe(404);
    expect(answer.text).toBe(fixture('s2/s2-404.json'));
    expect(answer.headers.get('x-test')).toBe('1');
  });

  it('sends no cookies, passes method, headers and body on, and can be aborted', async () => {
    const { fetch, calls } = recording(() => new Response('[]'));
    await fetchSource(fetch, URL_, { method: 'POST', headers: { 'x-api-key': 'k' }, body: '{"ids":[]}' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ method: 'POST', headers: { 'x-api-key': 'k' }, body: '{"ids":[]}', credentials: 'omit' });
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('reads a body of exactly 5 MB', async () => {
    const { fetch } = recording(() => new Response('x'.repeat(SOURCE_FETCH_LIMITS.maxBytes)));
    expect((await fetchSource(fetch, URL_)).text).toHaveLength(SOURCE_FETCH_LIMITS.maxBytes);
  });

  it('refuses a body one byte larger, in UTF-8 bytes rather than characters', async () => {
    // 2.5 M two-byte characters plus one: 5 MB + 2 bytes, fewer than 5 M characters.
    const { fetch } = recording(() => new Response('é'.repeat(SOURCE_FETCH_LIMITS.maxBytes / 2) + 'é'));
    await expect(fetchSource(fetch, URL_)).rejects.toThrow(
      new SourceError('api.semanticscholar.org sent an answer larger than 5 MB; it was not read'),
    );
  });

  it('refuses a declared Content-Length over 5 MB without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const { fetch } = recording(() => new Response(body, { headers: { 'content-length': String(6 * 1024 * 1024) } }));
    await expect(fetchSource(fetch, URL_)).rejects.toThrow(/larger than 5 MB/);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an endless body as soon as it passes 5 MB', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const { fetch } = recording(() => new Response(body));
    await expect(fetchSource(fetch, URL_)).rejects.toThrow(/larger than 5 MB/);
    expect(sent).toBeLessThan(SOURCE_FETCH_LIMITS.maxBytes + 1024 * 1024);
  });

  it('turns no answer at all into a SourceError naming the host, without a status', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as Fetcher;
    const error = await fetchSource(fetch, 'https://huggingface.co/api/daily_papers').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe('Could not reach huggingface.co (offline, the connection was refused, or it redirected elsewhere)');
    expect((error as SourceError).status).toBeUndefined();
  });
});

describe('http: fetchSource and redirects', () => {
  it('follows none, so the request never goes on to another address', async () => {
    const sent: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push(String(input));
      if (String(input) === URL_) return redirectingTo(fetch, 'http://api.semanticscholar.org/graph/v1/paper/batch')(init);
      return new Response('[]');
    }) as Fetcher;
    const error = await fetchSource(fetch, URL_, { method: 'POST', body: '{"ids":[]}' }).catch((e: unknown) => e);
    expect(error).toEqual(
      new SourceError('Could not reach api.semanticscholar.org (offline, the connection was refused, or it redirected elsewhere)'),
    );
    expect(sent).toEqual([URL_]);
  });
});

describe('http: retryAfterSeconds', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads Retry-After in seconds', () => {
    expect(retryAfterSeconds(headers({ 'retry-after': '30' }), T0)).toBe(30);
  });

  it('reads Retry-After as an HTTP date, counted from now', () => {
    expect(retryAfterSeconds(headers({ 'retry-after': new Date(T0 + 90_000).toUTCString() }), T0)).toBe(90);
    expect(retryAfterSeconds(headers({ 'retry-after': new Date(T0 - 90_000).toUTCString() }), T0)).toBe(0);
  });

  it("reads the t= of Hugging Face's RateLimit header", () => {
    expect(retryAfterSeconds(headers({ ratelimit: '"api";r=0;t=217' }), T0)).toBe(217);
  });

  it('is undefined when the answer names no wait, or an unreadable one', () => {
    expect(retryAfterSeconds(headers({}), T0)).toBeUndefined();
    expect(retryAfterSeconds(headers({ 'retry-after': 'soon' }), T0)).toBeUndefined();
  });
});

describe('http: isTransient', () => {
  it('is true for 429 and 5xx only', () => {
    expect([200, 400, 403, 404, 429, 500, 502, 503].filter(isTransient)).toEqual([429, 500, 502, 503]);
  });
});
