import type { PackChunk, PaperRecord } from './db';
import { chunkKey, recordKey } from './record-keys';

/**
 * The bucket a paper's record lives in within a pack: its id without the last three digits (up to
 * 1,000 neighbouring ids, which listings show together), or for a paper known only by its title, the
 * title key's first letters. Readers compute it from what a page shows, so no per-paper index is
 * needed. Buckets of 100 ids made ten times the writes, and a large pack slower to store.
 */
export function bucketOfId(id: string): string {
  return id.slice(0, -3);
}

export function bucketOfTitle(titleKey: string): string {
  return `t:${titleKey.slice(0, 3)}`;
}

function bucketOf(record: Pick<PaperRecord, 'id' | 'titleKey'>): string {
  return record.id === null ? bucketOfTitle(record.titleKey!) : bucketOfId(record.id);
}

/** What a chunk stores of each record: the key, pack and shard are the chunk's own. */
export type StoredRecord = Omit<PaperRecord, 'key' | 'packKey' | 'shardKey'>;

/**
 * A pack's records grouped into chunks, one per bucket. The records go in as one JSON string:
 * IndexedDB pays for each record it writes and clones an object graph far slower than a string,
 * which made a pack of a hundred thousand papers slow to store.
 */
export function toChunks(packKey: string, records: readonly PaperRecord[], shardKey?: string): PackChunk[] {
  return storedChunks(
    packKey,
    records.map(({ key: _key, packKey: _packKey, shardKey: _shardKey, ...stored }) => stored),
    shardKey,
  );
}

/** The same from what each chunk stores of its records: a pack's papers need no record key to be stored. */
export function storedChunks(packKey: string, records: readonly StoredRecord[], shardKey?: string): PackChunk[] {
  const buckets = new Map<string, StoredRecord[]>();
  for (const stored of records) {
    const bucket = bucketOf(stored);
    const list = buckets.get(bucket);
    if (list) list.push(stored);
    else buckets.set(bucket, [stored]);
  }
  return [...buckets].map(([bucket, stored]) => ({
    key: chunkKey(packKey, bucket),
    packKey,
    bucket,
    ...(shardKey ? { shardKey } : {}),
    tags: [...new Set(stored.flatMap((r) => r.tags))],
    count: stored.length,
    records: JSON.stringify(stored),
  }));
}

/** The records a chunk holds (those `keep` wants), as the pack's papers were keyed before chunks. */
export function chunkRecords(chunk: PackChunk, keep: (record: Pick<PaperRecord, 'id' | 'titleKey'>) => boolean = () => true): PaperRecord[] {
  return (JSON.parse(chunk.records) as StoredRecord[]).filter(keep).map((stored) => ({
    ...stored,
    key: recordKey(chunk.packKey, stored.id, stored.titleKey),
    packKey: chunk.packKey,
    ...(chunk.shardKey ? { shardKey: chunk.shardKey } : {}),
  }));
}
