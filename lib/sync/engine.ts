import { browser } from 'wxt/browser';
import type { LensDB } from '../db/db';
import {
  type EncodedSnapshot,
  type RemoteSnapshot,
  META_KEY,
  SYNC_BUDGET_BYTES,
  SYNC_QUOTA,
  decodeSnapshot,
  encodeSnapshot,
  hash32,
  isChunkKey,
  isSyncKey,
  itemBytes,
} from './encoding';
import { applyLocalChanges, readLocalSnapshot, userDataTables } from './local-snapshot';
import { FORGET_AFTER_MS, type MergeRules, mergeSnapshots, partBits } from './merge-records';
import { type SyncCursor, syncCursor, syncCursorSchema, syncEnabled } from './sync-state';

/** The part of `browser.storage.sync` the engine uses. */
export interface SyncStorageArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SyncCursorStore {
  getValue(): Promise<unknown>;
  setValue(value: SyncCursor): Promise<void>;
}

export interface SyncEngineOptions {
  db: LensDB;
  storage?: SyncStorageArea;
  now?: () => number;
  /** Where this browser keeps its last sync; the `syncCursor` item in local storage unless given. */
  cursor?: SyncCursorStore;
}

export type UnreadableReason = 'incomplete' | 'damaged' | 'newer-version';

/** `message` is plain text for the options page. */
export type SyncResult =
  | { status: 'ok'; pulled: number; pushed: number }
  | { status: 'over-quota'; message: string; papers: number; bytes: number }
  | { status: 'remote-unreadable'; reason: UnreadableReason; message: string }
  | { status: 'failed'; message: string }
  | { status: 'disabled' };

export interface SyncEngine {
  syncNow(): Promise<SyncResult>;
  /** After a local edit: syncs a little later, with every edit made meanwhile. */
  scheduleSync(): void;
  /** For `browser.storage.onChanged`: syncs when another browser's write arrives. */
  handleRemoteChange(changes: Record<string, { newValue?: unknown }>, areaName: string): void;
}

/**
 * Write rate: a sync writes at most two operations (one `set` of the changed chunks and the meta,
 * one `remove` when chunks went away). Scheduled syncs wait 2 s for edits to settle and start at
 * least 15 s apart, so even nonstop editing costs at most 8 operations a minute (the limit is 120)
 * and 480 an hour (the limit is 1,800), leaving room for the "Sync now" button and other browsers'
 * changes. A sync that found the remote copy unreadable, or could not write, tries again after a
 * minute.
 */
export const SYNC_DEBOUNCE_MS = 2_000;
export const SYNC_MIN_INTERVAL_MS = 15_000;
export const SYNC_RETRY_MS = 60_000;

const QUOTA_KB = Math.round(SYNC_QUOTA.QUOTA_BYTES / 1024);

const UNREADABLE_MESSAGES: Record<UnreadableReason, string> = {
  incomplete:
    'The copy synced through your browser is incomplete, so nothing was changed on this browser. Sync will try again; if the copy stays incomplete, this browser’s data replaces it.',
  damaged:
    'The copy synced through your browser is damaged, so nothing was changed on this browser. Sync will try again; if the copy stays damaged, this browser’s data replaces it.',
  'newer-version':
    'Your reading list was synced by a newer version of arXiv Lens. Update the extension on this browser to keep syncing; nothing was changed here.',
};

/** JSON with object keys sorted: browsers may hand a stored object back with its keys reordered. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function newGeneration(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

function pickSyncItems(items: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(items).filter(([key]) => isSyncKey(key)));
}

export function createSyncEngine({ db, storage = browser.storage.sync, now = Date.now, cursor = syncCursor }: SyncEngineOptions): SyncEngine {
  /** What this engine last wrote under each key (`null` once removed), to know its own echoes. */
  const ownWrites = new Map<string, string>();
  /** The unreadable remote copy met last time: meeting it unchanged again means no write is still arriving. */
  let unreadableSeen: number | undefined;
  let lastStartedAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued: Promise<SyncResult> | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  async function readCursor(): Promise<SyncCursor | undefined> {
    const parsed = syncCursorSchema.safeParse(await cursor.getValue());
    return parsed.success ? parsed.data : undefined;
  }

  /** Writes only the chunks whose text changed, then the meta that vouches for them, then drops chunks no longer used. */
  async function writeRemote(current: Record<string, unknown>, remote: RemoteSnapshot, next: EncodedSnapshot): Promise<boolean> {
    const changed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(next.items)) {
      if (key !== META_KEY && value !== current[key]) changed[key] = value;
    }
    const stale = Object.keys(current).filter((key) => isChunkKey(key) && !(key in next.items));
    const sameCopy = remote.kind === 'complete' && remote.meta.generation === next.meta.generation;
    if (sameCopy && Object.keys(changed).length === 0 && stale.length === 0) return false;
    if (remote.kind === 'empty' && next.meta.count === 0) return false;
    changed[META_KEY] = next.meta;

    // Adding before removing keeps a readable copy throughout, unless both together would not fit.
    const afterSet = { ...current, ...changed };
    const peak = Object.entries(afterSet).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    const removeFirst = peak > SYNC_QUOTA.QUOTA_BYTES;
    for (const [key, value] of Object.entries(changed)) ownWrites.set(key, stableJson(value));
    for (const key of stale) ownWrites.set(key, stableJson(null));
    if (removeFirst && stale.length) await storage.remove(stale);
    await storage.set(changed);
    if (!removeFirst && stale.length) await storage.remove(stale);
    return true;
  }

  async function run(): Promise<SyncResult> {
    if (!(await syncEnabled.getValue())) return { status: 'disabled' };
    const startedAt = now();
    lastStartedAt = startedAt;
    try {
      const current = pickSyncItems(await storage.get(null));
      const remote = decodeSnapshot(current, startedAt);
      if (remote.kind === 'unreadable') {
        const seen = hash32(stableJson(current));
        if (remote.reason === 'newer-version' || unreadableSeen !== seen) {
          unreadableSeen = seen;
          return { status: 'remote-unreadable', reason: remote.reason, message: UNREADABLE_MESSAGES[remote.reason] };
        }
        // Unchanged since the last try: a leftover of two writes crossing, which nobody else will
        // fix. This browser's data starts a new generation of the copy; the other browsers see the
        // new generation and add back everything they hold, so only what lived solely in the
        // broken copy is lost, never anything on a browser.
      }
      unreadableSeen = undefined;

      const generation = remote.kind === 'complete' ? remote.meta.generation : newGeneration();
      const remoteRecords = remote.kind === 'complete' ? remote.records : new Map();
      const last = await readCursor();
      const rules: MergeRules = {
        now: startedAt,
        forgetBefore: startedAt - FORGET_AFTER_MS,
        lastSync: remote.kind === 'complete' && last?.generation === generation ? last : undefined,
      };

      // Reading, merging and writing this browser's data in one transaction: an edit made meanwhile
      // waits for it, and is neither lost nor merged against a stale copy.
      const outcome = await db.transaction('rw', userDataTables(db), async () => {
        const local = await readLocalSnapshot(db);
        const merge = mergeSnapshots(local, remoteRecords, rules);
        const encoded = encodeSnapshot(merge.merged.values(), generation, startedAt);
        if (encoded.bytes > SYNC_BUDGET_BYTES || Object.keys(encoded.items).length > SYNC_QUOTA.MAX_ITEMS) {
          const papers = [...merge.merged.values()].filter((record) => record.saved).length;
          return { kind: 'over-quota' as const, papers, bytes: encoded.bytes };
        }
        await applyLocalChanges(db, local, merge.merged, merge.localChanges);
        return { kind: 'merged' as const, merge, encoded };
      });
      if (outcome.kind === 'over-quota') {
        const { papers, bytes } = outcome;
        const message = `Your reading list (${papers} papers) is too large to sync through the browser (about ${Math.round(bytes / 1024)} KB of ${QUOTA_KB} KB). It keeps working in full on this browser.`;
        return { status: 'over-quota', message, papers, bytes };
      }

      const wrote = await writeRemote(current, remote, outcome.encoded);
      const parts = Object.fromEntries([...outcome.merge.merged].map(([id, record]) => [id, partBits(record)]));
      await cursor.setValue({ generation, at: startedAt, parts });
      return { status: 'ok', pulled: outcome.merge.localChanges.length, pushed: wrote ? outcome.merge.remoteChanges.length : 0 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'failed', message: `Sync could not finish (${reason}). Nothing is lost on this browser; sync will try again.` };
    }
  }

  function syncNow(): Promise<SyncResult> {
    // Calls made before a queued run starts share it: it will see their edits anyway.
    queued ??= tail.then(() => {
      queued = undefined;
      return run();
    });
    tail = queued.catch(() => undefined);
    return queued;
  }

  function schedule(delay: number): void {
    if (timer !== undefined) return;
    const wait = Math.max(delay, lastStartedAt + SYNC_MIN_INTERVAL_MS - now());
    timer = setTimeout(() => {
      timer = undefined;
      void syncNow().then((result) => {
        const retry = result.status === 'failed' || (result.status === 'remote-unreadable' && result.reason !== 'newer-version');
        if (retry) schedule(SYNC_RETRY_MS);
      });
    }, wait);
  }

  return {
    syncNow,
    scheduleSync: () => schedule(SYNC_DEBOUNCE_MS),
    handleRemoteChange(changes, areaName) {
      if (areaName !== 'sync') return;
      const foreign = Object.entries(changes).some(([key, change]) => isSyncKey(key) && ownWrites.get(key) !== stableJson(change.newValue));
      if (foreign) schedule(SYNC_DEBOUNCE_MS);
    },
  };
}
