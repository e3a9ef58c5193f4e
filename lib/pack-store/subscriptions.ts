import { PackError, parsePackDocument } from '../pack/parse';
import type { LensDB, PackRecord } from '../db/db';
import { assertHttpsUrl, fetchDocument, type Fetcher } from '../net/fetch-document';
import { sha256 } from '../net/sha256';
import { removePack, replacePack } from './import-pack';
import { RedirectRefused } from '../net/no-redirect-fetch';
import { isStorageFull, STORAGE_FULL } from '../db/storage-full';

export const BUNDLED_PACK_KEY = 'bundled';

export interface PackFetchDeps {
  fetch?: Fetcher;
  now?: () => number;
  timeoutMs?: number;
  /** The shard cache's limit (`lib/pack-store/shard-cache.ts`), smaller in tests. */
  shardCacheLimit?: number;
}

/** What fetching or reading a pack did to the papers in use. */
export type PackImportOutcome = 'imported' | 'unchanged' | 'failed';

function errorMessage(error: unknown): string {
  if (error instanceof PackError) return error.message;
  if (error instanceof RedirectRefused) return `${error.message}: subscribe to the https address it leads to instead (open it in a tab to see it)`;
  if (isStorageFull(error)) return STORAGE_FULL;
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Imports the pack that ships with the extension when its content differs from what is stored.
 * An unchanged pack costs one hash comparison; a broken one leaves the stored version in use.
 */
export async function importBundledPack(db: LensDB, text: string, deps: PackFetchDeps = {}): Promise<PackImportOutcome> {
  const now = deps.now ?? Date.now;
  const hash = await sha256(text);
  const stored = await db.packs.get(BUNDLED_PACK_KEY);
  if (stored?.hash === hash && stored.status === 'ok') return 'unchanged';
  try {
    const doc = parsePackDocument(text);
    if (doc.type !== 'pack') throw new PackError('The bundled pack must be a pack, not a feed');
    const { pack } = doc;
    await replacePack(
      db,
      {
        key: BUNDLED_PACK_KEY,
        kind: 'bundled',
        packId: pack.id,
        name: pack.name,
        version: pack.version,
        hash,
        lastSync: now(),
        status: 'ok',
        paperCount: pack.papers.length,
      },
      pack.papers,
    );
    return 'imported';
  } catch (error) {
    await markFailed(db, BUNDLED_PACK_KEY, error, now(), { kind: 'bundled' });
    return 'failed';
  }
}

/** Subscribes to a pack or feed by its https URL and fetches it at once. */
export async function subscribe(db: LensDB, url: string, deps: PackFetchDeps = {}): Promise<PackRecord> {
  const key = assertHttpsUrl(url).href;
  if (!(await db.packs.get(key))) {
    await db.packs.add({ key, kind: 'subscribed', packId: '', name: key, version: '', hash: '', sourceUrl: key, status: 'pending', paperCount: 0 });
  }
  await refreshSubscription(db, key, deps);
  return (await db.packs.get(key))!;
}

export async function unsubscribe(db: LensDB, key: string): Promise<void> {
  if (key === BUNDLED_PACK_KEY) throw new PackError('The bundled pack cannot be removed');
  await removePack(db, key);
}

/**
 * Fetches a subscription again. Not modified (ETag), the same bytes, or a document that fails any
 * check all leave the papers in use as they are; only a valid new version replaces them.
 */
export async function refreshSubscription(db: LensDB, key: string, deps: PackFetchDeps = {}): Promise<PackImportOutcome> {
  const now = deps.now ?? Date.now;
  const record = await db.packs.get(key);
  if (!record?.sourceUrl) throw new PackError(`No subscription ${key}`);
  try {
    const fetched = await fetchDocument(record.sourceUrl, {
      etag: record.status === 'ok' ? record.etag : undefined,
      fetch: deps.fetch,
      timeoutMs: deps.timeoutMs,
    });
    if (fetched.status === 'not-modified') {
      await db.packs.update(key, { lastSync: now(), status: 'ok', lastError: undefined });
      return 'unchanged';
    }
    const hash = await sha256(fetched.bytes);
    if (hash === record.hash && record.status === 'ok') {
      await db.packs.update(key, { lastSync: now(), etag: fetched.etag });
      return 'unchanged';
    }
    const doc = parsePackDocument(fetched.text);
    const base = { ...record, hash, etag: fetched.etag, lastSync: now(), status: 'ok' as const, lastError: undefined };
    if (doc.type === 'pack') {
      const { pack } = doc;
      await replacePack(
        db,
        { ...base, kind: 'subscribed', packId: pack.id, name: pack.name, version: pack.version, shards: undefined, paperCount: 0 },
        pack.papers,
      );
    } else {
      // A feed's shards are fetched when their papers are met; shards already held stay until replaced.
      const { manifest } = doc;
      const shards = manifest.shards.map((s) => ({ ...s, url: new URL(s.url, record.sourceUrl).href }));
      shards.forEach((s) => assertHttpsUrl(s.url));
      await db.packs.put({ ...base, kind: 'feed', packId: manifest.id, name: manifest.name, version: manifest.version, shards });
    }
    return 'imported';
  } catch (error) {
    await markFailed(db, key, error, now());
    return 'failed';
  }
}

export async function refreshAllSubscriptions(db: LensDB, deps: PackFetchDeps = {}): Promise<void> {
  const keys = await db.packs.where('kind').anyOf('subscribed', 'feed').primaryKeys();
  for (const key of keys) {
    // Unsubscribed while the others were being fetched: nothing to do.
    await refreshSubscription(db, key, deps).catch(() => undefined);
  }
}

async function markFailed(db: LensDB, key: string, error: unknown, at: number, fresh?: Pick<PackRecord, 'kind'>) {
  const lastError = errorMessage(error);
  const updated = await db.packs.update(key, { status: 'error', lastError, lastSync: at });
  if (!updated && fresh) {
    await db.packs.put({
      key,
      kind: fresh.kind,
      packId: '',
      name: key,
      version: '',
      hash: '',
      status: 'error',
      lastError,
      lastSync: at,
      paperCount: 0,
    });
  }
}
