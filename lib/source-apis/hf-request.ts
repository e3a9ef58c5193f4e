import type { SourceContext } from '../sources/types';
import { fetchSource, retryAfterSeconds } from './http';
import { SourceError } from './source-error';

/**
 * Hugging Face allows 500 API requests per 5 minutes per address, shared with the user's own
 * browsing of the site: one request every 0.6 s can never pass it.
 */
export const HF_INTERVAL_MS = 600;

/** One request to Hugging Face's API, paced to its limit; a 429 is an error naming the wait it asks for. */
export async function fetchHfJson(ctx: SourceContext, url: string): Promise<{ status: number; text: string }> {
  const response = await ctx.paced(HF_INTERVAL_MS, () => fetchSource(ctx.fetch, url, { headers: { accept: 'application/json' } }));
  if (response.status === 429) {
    // Its limit counts in fixed 5-minute windows: without a named wait, the rest of one.
    const wait = retryAfterSeconds(response.headers, ctx.now()) ?? 300;
    throw new SourceError(`Hugging Face asked to slow down (429 Too Many Requests); paused for ${wait} s`, {
      status: 429,
      pauseUntil: ctx.now() + wait * 1_000,
    });
  }
  return response;
}
