import { PackError } from '../pack/parse';
import { fetchWithoutRedirect, RedirectRefused } from './no-redirect-fetch';

export const PACK_FETCH_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 20_000,
} as const;

export type Fetcher = typeof fetch;

/** The bytes come along so that hashing a document of megabytes does not encode its text back into them. */
export type FetchedDocument = { status: 'not-modified' } | { status: 'ok'; text: string; bytes: Uint8Array<ArrayBuffer>; etag?: string };

/** Only https: a pack fetched over plain http could be rewritten by anyone on the way. */
export function assertHttpsUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PackError(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new PackError(`Only https URLs can be used, not ${parsed.protocol.replace(':', '')}`);
  return parsed;
}

/** The two bytes every gzip file starts with; JSON text never does. */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A gzip file's content, within the same limit, so that a small file that expands into gigabytes is
 * refused as soon as it passes it; any other bytes as they are. Served gzipped, a feed's shards are a
 * fraction of their JSON to download, and the browser's own decoder unpacks them.
 */
async function unzipped(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!isGzip(bytes)) return bytes;
  const content = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
  try {
    return await readLimitedBytes(content, maxBytes, () => tooLarge(maxBytes));
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(`Not a gzip file that can be read: ${(error as Error).message}`);
  }
}

/**
 * Fetches a pack, feed or shard with a revalidation tag, a size limit (checked while reading,
 * so a huge answer is cut off, not buffered) and a timeout. A gzip file is answered with its content,
 * so a document, and the hash a manifest gives for it, are the same whether it is served compressed or not.
 */
export async function fetchDocument(
  url: string,
  options: { etag?: string; fetch?: Fetcher; maxBytes?: number; timeoutMs?: number } = {},
): Promise<FetchedDocument> {
  const { maxBytes = PACK_FETCH_LIMITS.maxBytes, timeoutMs = PACK_FETCH_LIMITS.timeoutMs } = options;
  const doFetch = options.fetch ?? fetch;
  assertHttpsUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchWithoutRedirect(doFetch, url, {
      headers: options.etag ? { 'If-None-Match': options.etag } : {},
      signal: controller.signal,
      credentials: 'omit',
    });
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) throw new PackError(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const bytes = await unzipped(await readLimitedBytes(response, maxBytes, () => tooLarge(maxBytes)), maxBytes);
    return { status: 'ok', text: new TextDecoder().decode(bytes), bytes, etag: response.headers.get('etag') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) throw new PackError(`No complete answer within ${timeoutMs / 1000} s`);
    if (error instanceof PackError || error instanceof RedirectRefused) throw error;
    throw new PackError(`Could not fetch: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(maxBytes: number): PackError {
  return new PackError(`Larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a pack may be`);
}

/** The body's bytes, cut off (and refused) as soon as they pass `maxBytes`, so a huge answer is never buffered. */
export async function readLimitedBytes(response: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** The body as text, with the same limit. */
export async function readLimited(response: Response, maxBytes: number, tooLarge: () => Error): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(response, maxBytes, tooLarge));
}
