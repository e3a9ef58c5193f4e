import type { Transaction } from 'dexie';
import type { PackChunk, PaperRecord } from '../db';
import { chunkKey, recordKey } from '../record-keys';
import type { SchemaVersion } from './schema-version';

/**
 * Gives every paper record and pack chunk the key its parts make now (`lib/db/key-parts.ts`),
 * in the upgrade's one transaction. Keys that do not change (most: no "%" or "|" in their pack
 * key) are left where they are.
 */
async function rekeyRecords(tx: Transaction): Promise<void> {
  const papers = tx.table<PaperRecord, string>('papers');
  const newPaperKey = (record: PaperRecord) => recordKey(record.packKey, record.id, record.titleKey);
  // Filtered as read, so a large store is never held whole.
  const movedPapers = await papers.filter((record) => record.key !== newPaperKey(record)).toArray();
  await papers.bulkDelete(movedPapers.map((record) => record.key));
  await papers.bulkAdd(movedPapers.map((record) => ({ ...record, key: newPaperKey(record) })));

  const chunks = tx.table<PackChunk, string>('packChunks');
  const movedChunks = await chunks.filter((chunk) => chunk.key !== chunkKey(chunk.packKey, chunk.bucket)).toArray();
  await chunks.bulkDelete(movedChunks.map((chunk) => chunk.key));
  await chunks.bulkAdd(movedChunks.map((chunk) => ({ ...chunk, key: chunkKey(chunk.packKey, chunk.bucket) })));
}

/**
 * Version 7: record and chunk keys escape their parts, so a pack URL holding a "|" no longer
 * shares a key range with another's; the upgrade re-keys what it must. API keys move out of
 * storage.local, which content scripts can read, into `secrets` (lib/source-runtime/secrets.ts). Keys
 * this install made for itself go into `installKeys` (list keys are an HMAC under one of them,
 * so no search text is kept); the background hashes the old list keys at start.
 */
export const v7: SchemaVersion = { version: 7, stores: { secrets: 'name', installKeys: 'name' }, upgrade: rekeyRecords };
