import type { LensDB, PaperRecord } from '@/lib/db/db';
import { LensDB as Database } from '@/lib/db/db';
import { chunkRecords } from '@/lib/db/pack-chunks';
import type { Fetcher } from '@/lib/net/fetch-document';

/** A small valid pack document; override any field to make a variant. */
export function makePack(overrides: Record<string, unknown> = {}) {
  return {
    format: 'arxiv-lens-pack',
    schemaVersion: 1,
    id: 'sample',
    name: 'Sample pack',
    version: '1',
    generatedAt: '2024-06-09',
    papers: [
      {
        id: '2405.20519',
        title: 'Diffusion On Syntax Trees For Program Synthesis',
        tags: ['diffusion', 'code generation'],
        summaries: [{ source: 'AI Timeline', date: '2024-06-09', text: 'Edits syntax trees with diffusion.' }],
      },
      {
        id: null,
        title: 'DRµGS: Deep Random micro-Glitch Sampling',
        tags: ['sampling'],
        summaries: [{ source: 'Mamba series article', text: 'Noise in the hidden layers instead of the token choice.' }],
      },
    ],
    ...overrides,
  };
}

export const text = (doc: unknown) => JSON.stringify(doc);

let dbCount = 0;
/** A fresh database per test: Dexie keeps the indexedDB it first saw, so a new name is the clean reset. */
export async function freshDb(): Promise<LensDB> {
  const db = new Database(`test-${++dbCount}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export interface FakeServer {
  fetch: Fetcher;
  requests: { url: string; headers: Record<string, string> }[];
  /** What the server answers at a URL: a body, or a function of the request. */
  set(url: string, answer: string | ((init: RequestInit) => Response | Promise<Response>)): void;
}

/** A stand-in for the network that answers from a table and records what was asked. */
export function fakeServer(): FakeServer {
  const answers = new Map<string, string | ((init: RequestInit) => Response | Promise<Response>)>();
  const requests: FakeServer['requests'] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const answer = answers.get(url);
    if (answer === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (typeof answer === 'function') return answer(init);
    return new Response(answer, { status: 200 });
  }) as Fetcher;
  return { fetch, requests, set: (url, answer) => answers.set(url, answer) };
}

/**
 * An answer that redirects to `target`, handled as a browser handles each redirect mode: "follow"
 * sends the request on to the target, "error" fails as no answer does, and "manual" gives the
 * opaque answer (status 0, no headers) that hides where the redirect leads.
 */
export function redirectingTo(fetch: Fetcher, target: string) {
  return (init: RequestInit): Response | Promise<Response> => {
    if (init.redirect === 'error') throw new TypeError('Failed to fetch');
    if (init.redirect === 'manual') {
      const opaque = new Response(null);
      Object.defineProperties(opaque, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false } });
      return opaque;
    }
    return fetch(target, init);
  };
}

/** Every paper record held, packs' (in their chunks) and sources' alike, by key: what the store knows, whatever its layout. */
export async function allPaperRecords(db: LensDB): Promise<PaperRecord[]> {
  const [own, chunks] = await Promise.all([db.papers.toArray(), db.packChunks.toArray()]);
  return [...own, ...chunks.flatMap((chunk) => chunkRecords(chunk))].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
