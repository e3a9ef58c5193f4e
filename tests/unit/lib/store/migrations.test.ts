import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LensDB } from '@/lib/store/db';
import v1 from '../../../fixtures/db/v1.json';
import v2 from '../../../fixtures/db/v2.json';
import v3 from '../../../fixtures/db/v3.json';

type Sample = typeof v1 & { rows: { tombstones?: { id: string; deletedAt: number }[]; sourceFetches?: object[]; sourceStatus?: object[] } };

/** The schema IndexedDB itself holds: what a database upgraded in place and a new one must agree on. */
function nativeSchema(idb: IDBDatabase) {
  const names = [...idb.objectStoreNames];
  const transaction = idb.transaction(names, 'readonly');
  return {
    version: idb.version,
    stores: names.map((name) => {
      const store = transaction.objectStore(name);
      const indexes = [...store.indexNames].map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index);
        return { index, keyPath, unique, multiEntry };
      });
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
    }),
  };
}

/** Writes a sample database with the schema of its own version, as that release would have. */
async function writeSample(name: string, sample: Sample) {
  const old = new Dexie(name);
  old.version(sample.version).stores(sample.stores);
  await old.open();
  for (const [table, rows] of Object.entries(sample.rows)) await old.table(table).bulkAdd(rows as object[]);
  old.close();
}

describe.each<Sample>([v1, v2, v3])('a database of schema version $version', (sample) => {
  it('opens under the current version with the reading list, tags, notes and packs intact', async () => {
    const name = `migrate-${sample.version}-${Math.random()}`;
    await writeSample(name, sample);
    const db = new LensDB(name);
    await db.open();
    const fresh = new LensDB(`fresh-${Math.random()}`);
    await fresh.open();
    expect(nativeSchema(db.backendDB())).toEqual(nativeSchema(fresh.backendDB()));
    fresh.close();
    expect(await db.readingList.orderBy('id').toArray()).toEqual([...sample.rows.readingList].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.userTags.orderBy('paperId').toArray()).toEqual([...sample.rows.userTags].sort((a, b) => a.paperId.localeCompare(b.paperId)));
    expect(await db.notes.toArray()).toEqual(sample.rows.notes);
    expect(await db.papers.toArray()).toEqual(sample.rows.papers);
    expect(await db.packs.toArray()).toEqual(sample.rows.packs);
    expect(await db.shards.toArray()).toEqual(sample.rows.shards);
    expect(await db.papers.where('id').equals('2405.20519').primaryKeys()).toEqual(['bundled|2405.20519']);
    expect(await db.userTags.where('tags').equals('classic').primaryKeys()).toEqual(['hep-th/9901001']);
    expect(await db.tombstones.toArray()).toEqual(sample.rows.tombstones ?? []);
    expect(await db.sourceFetches.toArray()).toEqual(sample.rows.sourceFetches ?? []);
    expect(await db.sourceStatus.toArray()).toEqual(sample.rows.sourceStatus ?? []);
    for (const table of [db.seenDays, db.listingVisits, db.dismissed, db.triageProgress]) expect(await table.count()).toBe(0);
    db.close();
  });
});
