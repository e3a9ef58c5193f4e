import type { Transaction } from 'dexie';
import type { PackChunk, PaperRecord } from '../db';
import { toChunks } from '../pack-chunks';
import type { SchemaVersion } from './schema-version';

/** Moves every pack paper into its chunk, in the upgrade's one transaction. */
async function chunkPackPapers(tx: Transaction): Promise<void> {
  const papers = tx.table<PaperRecord, string>('papers');
  // Sources' and pages' records (`source:` keys, lib/sources/keys.ts) stay where they are.
  const held = await papers.filter((record) => !record.packKey.startsWith('source:')).toArray();
  const groups = new Map<string, PaperRecord[]>();
  for (const record of held) {
    const group = `${record.packKey}|${record.shardKey ?? ''}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(record);
  }
  const chunks = [...groups.values()].flatMap((records) => toChunks(records[0]!.packKey, records, records[0]!.shardKey));
  await tx.table<PackChunk, string>('packChunks').bulkAdd(chunks);
  await papers.bulkDelete(held.map((record) => record.key));
}

/**
 * Version 5: packs keep their papers in chunks (a record per paper made a large pack slow to
 * store); sources and pages keep one record per paper in `papers`.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: { packChunks: 'key, bucket, [packKey+shardKey], *tags' },
  upgrade: chunkPackPapers,
};
