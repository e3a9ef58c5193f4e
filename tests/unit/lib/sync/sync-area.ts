import { SYNC_QUOTA, itemBytes } from '@/lib/sync/encoding';
import type { SyncCursor } from '@/lib/sync/sync-state';
import type { SyncCursorStore, SyncStorageArea } from '@/lib/sync/engine';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, areaName: string) => void;

export interface LoggedOp {
  client: string;
  op: 'get' | 'set' | 'remove';
  keys: string[];
  at: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text).length;

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value as Chrome's `base::JSONWriter` writes what V8ValueConverter makes of it (base/json/json_writer.cc, string_escape.cc). */
function chromeJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    // Numbers outside int32 become doubles, which the writer marks as such with ".0".
    const text = String(value);
    return (value | 0) === value || /[.eE]/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === 'string') {
    let out = '"';
    for (const char of value) {
      const code = char.codePointAt(0)!;
      if (SHORT_ESCAPES[char]) out += SHORT_ESCAPES[char];
      else if (char === '<' || code === 0x2028 || code === 0x2029 || code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
      else out += char;
    }
    return `${out}"`;
  }
  if (Array.isArray(value)) return `[${value.map(chromeJson).join(',')}]`;
  const entries = Object.entries(value as object).filter(([, item]) => item !== undefined);
  return `{${entries.map(([key, item]) => `${chromeJson(key)}:${chromeJson(item)}`).join(',')}}`;
}

/**
 * Chrome's own measure of an item, written from its source rather than taken from production so
 * that tests can hold production's count against it: the key's bytes as they are plus the value's
 * JSON as Chrome writes it (extensions/browser/api/storage/settings_storage_quota_enforcer.cc).
 */
export const chromeItemBytes = (key: string, value: unknown) => utf8(key) + utf8(chromeJson(value));

/**
 * One account's `storage.sync` as every signed-in browser sees it, enforcing Chrome's quotas: a
 * `set` that breaks one is rejected whole, and each `set` or `remove` call is one write operation
 * against the per-minute and per-hour limits. Sizes are counted by production's `itemBytes`, so the
 * fake refuses exactly what the engine's own budget arithmetic says would not fit.
 */
export function createSyncArea(clock: () => number = Date.now) {
  let data: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  const log: LoggedOp[] = [];
  const writeTimes: number[] = [];

  const total = (items: Record<string, unknown>) => Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

  function countWrite(): void {
    const at = clock();
    const inLast = (ms: number) => writeTimes.filter((t) => at - t < ms).length;
    if (inLast(60_000) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    if (inLast(3_600_000) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR) throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    writeTimes.push(at);
  }

  function notify(changes: Changes): void {
    for (const listener of listeners) listener(changes, 'sync');
  }

  function client(name: string): SyncStorageArea & { getBytesInUse(keys?: string | string[] | null): Promise<number> } {
    return {
      async get() {
        log.push({ client: name, op: 'get', keys: [], at: clock() });
        return structuredClone(data);
      },
      async set(items) {
        const copy = JSON.parse(JSON.stringify(items)) as Record<string, unknown>;
        for (const [key, value] of Object.entries(copy)) {
          if (itemBytes(key, value) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        const next = { ...data, ...copy };
        if (total(next) > SYNC_QUOTA.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
        if (Object.keys(next).length > SYNC_QUOTA.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
        countWrite();
        log.push({ client: name, op: 'set', keys: Object.keys(copy), at: clock() });
        const changes: Changes = {};
        for (const [key, value] of Object.entries(copy)) changes[key] = { oldValue: data[key], newValue: value };
        data = next;
        notify(changes);
      },
      async remove(keys) {
        const list = Array.isArray(keys) ? keys : [keys];
        countWrite();
        log.push({ client: name, op: 'remove', keys: list, at: clock() });
        const changes: Changes = {};
        for (const key of list) {
          if (!(key in data)) continue;
          changes[key] = { oldValue: data[key] };
          delete data[key];
        }
        notify(changes);
      },
      async getBytesInUse(keys) {
        if (keys == null) return total(data);
        const list = Array.isArray(keys) ? keys : [keys];
        return total(Object.fromEntries(Object.entries(data).filter(([key]) => list.includes(key))));
      },
    };
  }

  return {
    client,
    log,
    /** Write operations (`set` and `remove` calls), optionally of one browser. */
    writes: (name?: string) => log.filter((entry) => entry.op !== 'get' && (!name || entry.client === name)),
    items: () => structuredClone(data),
    /** Changes the stored data behind every browser's back, as a crossed write or a broken sync would. */
    tamper(change: (items: Record<string, unknown>) => void) {
      change(data);
    },
    onChanged: {
      addListener: (listener: Listener) => listeners.add(listener),
    },
  };
}

export type SyncArea = ReturnType<typeof createSyncArea>;

/** A browser's own memory of its last sync, which the real extension keeps in its local storage. */
export function memoryCursor(): SyncCursorStore & { value: SyncCursor | undefined } {
  const store = {
    value: undefined as SyncCursor | undefined,
    getValue: async () => store.value,
    setValue: async (value: SyncCursor) => {
      store.value = value;
    },
  };
  return store;
}
