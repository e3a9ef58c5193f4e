import type { Fetcher } from './fetch-document';

/** The address answered with a redirect, which was not followed. */
export class RedirectRefused extends Error {
  constructor(readonly url: string) {
    super(`${url} redirects to another address, which arXiv Lens does not follow`);
  }
}

/**
 * A request that follows no redirect: a followed hop could go to plain http, and the request (a
 * shard's month with it) would travel in the clear before any check could refuse the answer.
 * With `redirect: 'error'` a redirect fails as a network error does, and browsers never show
 * where one leads (`redirect: 'manual'` gives an opaque answer: status 0, no Location), even to
 * an extension; so after a failure one more request, not following either, tells a redirect
 * (RedirectRefused) from no answer (the original error).
 */
export async function fetchWithoutRedirect(fetch: Fetcher, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error' });
  } catch (error) {
    if (!init.signal?.aborted && (await redirects(fetch, url, init))) throw new RedirectRefused(url);
    throw error;
  }
}

async function redirects(fetch: Fetcher, url: string, init: RequestInit): Promise<boolean> {
  try {
    const probe = await fetch(url, { ...init, redirect: 'manual' });
    await probe.body?.cancel();
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}
