import { z } from 'zod';
import { READING_STATES, type ReadingState } from '../paper/reading-states';
import { clampRecord } from './edit-dates';
import { type SyncRecord, savedPart, syncRecord, toSyncTitle } from './model';

/** `storage.sync` limits, the same in Chrome and Firefox. */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

/**
 * What we allow ourselves: 8 KB of the area stays free, for the moment a write adds new chunks
 * before the stale ones are removed and for browsers that count a few bytes differently; each
 * item stays 128 bytes under its limit for the same reason.
 */
export const SYNC_BUDGET_BYTES = SYNC_QUOTA.QUOTA_BYTES - 8 * 1024;
const ITEM_BUDGET_BYTES = SYNC_QUOTA.QUOTA_BYTES_PER_ITEM - 128;

export const ENCODING_VERSION = 1;
export const META_KEY = 's:meta';
export const chunkKey = (index: number) => `s:${index}`;
export const isSyncKey = (key: string) => key.startsWith('s:');
export const isChunkKey = (key: string) => /^s:\d+$/.test(key);

/**
 * A new chunk starts before about one paper in 16, chosen by a hash of its id, so chunks average
 * about 2 KB and an edit, or a paper added between two others, rewrites only the chunk it falls
 * in instead of shifting every chunk after it.
 */
const CHUNK_EVERY = 16;

export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hashText = (text: string) => hash32(text).toString(36);

/**
 * Bytes of JSON text as the browser counts it: UTF-8, plus Chrome's JSON writer escaping `<`,
 * DEL, U+2028 and U+2029 as six characters where JavaScript leaves them alone.
 */
export function jsonTextBytes(json: string): number {
  let bytes = 0;
  for (const char of json) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '<' || code === 0x7f || code === 0x2028 || code === 0x2029) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}

/** An item's size against QUOTA_BYTES_PER_ITEM and QUOTA_BYTES: its key plus its value's JSON. */
export function itemBytes(key: string, value: unknown): number {
  return jsonTextBytes(key) + jsonTextBytes(JSON.stringify(value));
}

/** What a piece of text costs once it sits inside a JSON string, quotes not counted. */
const stringBytes = (text: string) => jsonTextBytes(JSON.stringify(text)) - 2;

/** One letter a state, never reused for another: copies written by earlier versions are read by their letters. */
const STATE_CODES: Readonly<Record<ReadingState, string>> = { 'to-read': 't', reading: 'r', done: 'd' };
const STATES_BY_CODE = new Map(READING_STATES.map((state) => [STATE_CODES[state], state]));

const toSeconds36 = (ms: number) => Math.floor(ms / 1000).toString(36);

/**
 * One paper as a JSON array, trailing empty parts left out, unused ones 0:
 * `[id, membership, title, [tagsDate, ...tags], [noteDate, text]]`. Membership is one string: the
 * state's letter, the date added, then `+` and the seconds until the last change when there was
 * one (`t1a2b3c`, `r1a2b3c+5k`), or `x` and the date of removal. Dates are base-36 seconds.
 */
function encodeEntry(record: SyncRecord): unknown[] {
  const { saved, removedAt, tags, note } = record;
  const title = saved?.title && toSyncTitle(saved.title);
  let membership: string | 0 = 0;
  if (saved) {
    const delta = Math.floor(saved.updatedAt / 1000) - Math.floor(saved.addedAt / 1000);
    membership = `${STATE_CODES[saved.state]}${toSeconds36(saved.addedAt)}${delta ? `+${delta.toString(36)}` : ''}`;
  } else if (removedAt !== undefined) {
    membership = `x${toSeconds36(removedAt)}`;
  }
  const entry: unknown[] = [
    record.id,
    membership,
    title || 0,
    tags ? [toSeconds36(tags.updatedAt), ...tags.list] : 0,
    note ? [toSeconds36(note.updatedAt), note.text] : 0,
  ];
  while (entry.length > 1 && entry.at(-1) === 0) entry.pop();
  return entry;
}

// Eight base-36 digits of seconds reach the year 90000 and stay exact as milliseconds.
const seconds36 = z
  .string()
  .regex(/^[0-9a-z]{1,8}$/)
  .transform((text) => parseInt(text, 36) * 1000);
const MEMBERSHIP = new RegExp(String.raw`^(?:([${[...STATES_BY_CODE.keys()].join('')}])([0-9a-z]{1,8})(?:\+(-?[0-9a-z]{1,8}))?|x([0-9a-z]{1,8}))$`);

// Accepts everything encodeEntry can write: a copy this version wrote and then refused to read
// would be "repaired" over and over.
const entrySchema = z
  .tuple([
    z.string(),
    z.union([z.literal(0), z.string().regex(MEMBERSHIP)]).optional(),
    z.union([z.literal(0), z.string().min(1)]).optional(),
    z.union([z.literal(0), z.tuple([seconds36], z.string())]).optional(),
    z.union([z.literal(0), z.tuple([seconds36, z.string()])]).optional(),
  ])
  .transform(([id, membership, title, tags, note]): SyncRecord => {
    const [, code, added, delta, removed] = (membership && MEMBERSHIP.exec(membership)) || [];
    const state = code ? STATES_BY_CODE.get(code) : undefined;
    const addedAt = added ? parseInt(added, 36) * 1000 : 0;
    return syncRecord(id, {
      saved: state ? savedPart(addedAt, state, addedAt + (delta ? parseInt(delta, 36) * 1000 : 0), title || undefined) : undefined,
      removedAt: removed ? parseInt(removed, 36) * 1000 : undefined,
      tags: tags ? { list: tags.slice(1) as string[], updatedAt: tags[0] } : undefined,
      note: note ? { text: note[1], updatedAt: note[0] } : undefined,
    });
  });

const metaSchema = z
  .object({
    version: z.literal(ENCODING_VERSION),
    /** Changes when the remote copy is started afresh, so browsers know their last sync no longer describes it. */
    generation: z.string().regex(/^[0-9a-z]{1,16}$/),
    chunks: z.number().int().min(0).max(SYNC_QUOTA.MAX_ITEMS),
    count: z.number().int().min(0),
    updatedAt: z.number().int().min(0),
    /** One per chunk, so a reader can tell a chunk set written in one go from a mix of two writes. */
    hashes: z.array(z.string()),
  })
  .refine((meta) => meta.hashes.length === meta.chunks);

export type SyncMeta = z.infer<typeof metaSchema>;

export interface EncodedSnapshot {
  meta: SyncMeta;
  /** Every item to store: the chunks `s:0`… and `s:meta`. */
  items: Record<string, unknown>;
  /** The size the items take against QUOTA_BYTES. */
  bytes: number;
}

/**
 * Splits the entries, joined as the body of one JSON array, into strings that each fit an item.
 * A chunk ends where a hashed id says so or where the next entry would not fit; an entry bigger
 * than an item (a long note) is cut between characters, never inside one.
 */
function toChunks(entries: { id: string; text: string }[]): string[] {
  const maxKeyBytes = chunkKey(SYNC_QUOTA.MAX_ITEMS).length;
  const room = ITEM_BUDGET_BYTES - maxKeyBytes - 2;
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
    bytes = 0;
  };
  entries.forEach(({ id, text }, index) => {
    const segment = index === 0 ? text : `,${text}`;
    const cost = stringBytes(segment);
    if (hash32(id) % CHUNK_EVERY === 0 || bytes + cost > room) flush();
    if (cost <= room) {
      current += segment;
      bytes += cost;
      return;
    }
    for (const char of segment) {
      const charCost = stringBytes(char);
      if (bytes + charCost > room) flush();
      current += char;
      bytes += charCost;
    }
  });
  flush();
  return chunks;
}

export function encodeSnapshot(records: Iterable<SyncRecord>, generation: string, updatedAt: number): EncodedSnapshot {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chunks = toChunks(sorted.map((record) => ({ id: record.id, text: JSON.stringify(encodeEntry(record)) })));
  const meta: SyncMeta = {
    version: ENCODING_VERSION,
    generation,
    chunks: chunks.length,
    count: sorted.length,
    updatedAt,
    hashes: chunks.map(hashText),
  };
  const items: Record<string, unknown> = {};
  chunks.forEach((chunk, index) => (items[chunkKey(index)] = chunk));
  items[META_KEY] = meta;
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return { meta, items, bytes };
}

/**
 * Unreadable for one of three reasons. `incomplete`: chunks missing or from another write than
 * the meta (still arriving, or two browsers wrote at once); `damaged`: a consistent set that does
 * not decode; `newer-version`: written by a later encoding, which this version must not overwrite.
 */
export type RemoteSnapshot =
  | { kind: 'empty' }
  | { kind: 'complete'; meta: SyncMeta; records: Map<string, SyncRecord> }
  | { kind: 'unreadable'; reason: 'incomplete' | 'damaged' | 'newer-version' };

/**
 * Reads the sync area's items back; anything short of a whole, valid copy is reported, never guessed at.
 * Every date past `now` and its slack is clamped (`clampRecord`), so a browser whose clock ran ahead
 * cannot outrank this browser's later edits.
 */
export function decodeSnapshot(items: Record<string, unknown>, now: number): RemoteSnapshot {
  const rawMeta = items[META_KEY];
  if (rawMeta === undefined) return Object.keys(items).some(isChunkKey) ? { kind: 'unreadable', reason: 'incomplete' } : { kind: 'empty' };
  const version = z.object({ version: z.number() }).safeParse(rawMeta);
  if (version.success && version.data.version > ENCODING_VERSION) return { kind: 'unreadable', reason: 'newer-version' };
  const meta = metaSchema.safeParse(rawMeta);
  if (!meta.success) return { kind: 'unreadable', reason: 'damaged' };

  let body = '';
  for (let index = 0; index < meta.data.chunks; index++) {
    const chunk = items[chunkKey(index)];
    if (typeof chunk !== 'string' || hashText(chunk) !== meta.data.hashes[index]) return { kind: 'unreadable', reason: 'incomplete' };
    body += chunk;
  }
  let json: unknown;
  try {
    json = JSON.parse(`[${body}]`);
  } catch {
    return { kind: 'unreadable', reason: 'damaged' };
  }
  const entries = z.array(entrySchema).safeParse(json);
  if (!entries.success || entries.data.length !== meta.data.count) return { kind: 'unreadable', reason: 'damaged' };
  const records = new Map(entries.data.map((record) => [record.id, clampRecord(record, now)]));
  if (records.size !== entries.data.length) return { kind: 'unreadable', reason: 'damaged' };
  return { kind: 'complete', meta: meta.data, records };
}
