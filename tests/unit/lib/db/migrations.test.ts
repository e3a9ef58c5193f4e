import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LensDB } from '@/lib/db/db';
import { lookup } from '@/lib/reads/lookup';
import { replaceShard } from '@/lib/pack-store/import-pack';
import { unsubscribe } from '@/lib/pack-store/subscriptions';
import { tagSuggestions } from '@/lib/user-data/user-tags';
import { chunkRecords } from '@/lib/db/pack-chunks';
import type { PackChunk } from '@/lib/db/db';
import { SCHEMA_VERSIONS } from '@/lib/db/migrations';
import type { SchemaVersion } from '@/lib/db/migrations/schema-version';
import { allPaperRecords } from '../../helpers/packs';

/** A sample database: its version's schema and the rows that release wrote. */
interface Sample {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, object[] | undefined> & {
    papers: { key: string }[];
    packs: { key: string }[];
    readingList: { id: string }[];
    userTags: { paperId: string }[];
    packChunks?: PackChunk[];
  };
}

/** Every sample of tests/fixtures/db/, oldest first: one per schema version before the current one. */
const SAMPLES = Object.values(import.meta.glob<Sample>('../../../fixtures/db/v*.json', { eager: true, import: 'default' })).sort(
  (a, b) => a.version - b.version,
);
const v4 = SAMPLES.find((sample) => sample.version === 4)!;
const v6 = SAMPLES.find((sample) => sample.version === 6)!;

describe('the database samples', () => {
  it('are one per schema version before the current one: a new version needs the sample of the one it upgrades', () => {
    const current = new LensDB('samples-check').verno;
    expect(SAMPLES.map((sample) => sample.version)).toEqual(Array.from({ length: current - 1 }, (_, i) => i + 1));
  });
});

/** Every file of lib/db/migrations/ named for a version step (`v<n>-<what>.ts`), by its path. */
const STEP_FILES = import.meta.glob<Record<string, SchemaVersion>>('../../../../lib/db/migrations/v*.ts', { eager: true });

describe('the schema version steps', () => {
  const stepOf = (path: string) => Number(/\/v(\d+)-[\w-]+\.ts$/.exec(path)?.[1]);

  it('are one file each, from version 1 to the current one, with no step missing or doubled', () => {
    const current = new LensDB('steps-check').verno;
    const steps = Object.keys(STEP_FILES).map(stepOf);
    expect(steps.sort((a, b) => a - b)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  it('are each declared by the database, in order, with the version their file is named for', () => {
    const declared = Object.entries(STEP_FILES)
      .sort(([a], [b]) => stepOf(a) - stepOf(b))
      .map(([path, exports]) => {
        const steps = Object.values(exports);
        expect(
          steps.map((step) => step.version),
          path,
        ).toEqual([stepOf(path)]);
        return steps[0];
      });
    expect(SCHEMA_VERSIONS).toEqual(declared);
  });
});

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

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

describe.each<Sample>(SAMPLES)('a database of schema version $version', (sample) => {
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
    const chunked = (sample.rows.packChunks ?? []).flatMap((chunk) => chunkRecords(chunk));
    expect(await allPaperRecords(db)).toEqual(byKey([...sample.rows.papers, ...chunked]));
    expect(await db.packs.toArray()).toEqual(byKey(sample.rows.packs));
    expect(await db.shards.toArray()).toEqual(sample.rows.shards);
    const found = await lookup(db, { ids: ['2405.20519'], titles: {} });
    expect(found['2405.20519']!.summaries.map((s) => s.text)).toEqual(['Edits syntax trees.']);
    expect(await db.userTags.where('tags').equals('classic').primaryKeys()).toEqual(['hep-th/9901001']);
    expect(await db.tombstones.toArray()).toEqual(sample.rows.tombstones ?? []);
    expect(await db.sourceFetches.toArray()).toEqual(sample.rows.sourceFetches ?? []);
    expect(await db.sourceStatus.toArray()).toEqual(sample.rows.sourceStatus ?? []);
    expect(await db.seenDays.toArray()).toEqual(sample.rows.seenDays ?? []);
    expect(await db.listingVisits.toArray()).toEqual(sample.rows.listingVisits ?? []);
    expect(await db.dismissed.toArray()).toEqual(sample.rows.dismissed ?? []);
    expect(await db.triageProgress.toArray()).toEqual(sample.rows.triageProgress ?? []);
    expect(await db.abstracts.toArray()).toEqual(sample.rows.abstracts ?? []);
    db.close();
  });
});

describe('a version 4 database, its pack papers one record each', () => {
  const open = async () => {
    const name = `migrate-4-${Math.random()}`;
    await writeSample(name, v4);
    const db = new LensDB(name);
    await db.open();
    return db;
  };

  it('finds every pack paper after the upgrade: by id, old-style id, title, and in a feed shard', async () => {
    const db = await open();
    const answer = await lookup(db, {
      ids: ['2405.20519', 'hep-th/9901001', '2405.21060', '2501.00001'],
      titles: { '2501.00001': 'A paper known by its title' },
    });
    expect(answer['2405.20519']!.summaries.map((s) => s.text)).toEqual(['Edits syntax trees.']);
    expect(answer['hep-th/9901001']!.curatedTags).toEqual(['string theory', 'classic']);
    expect(answer['2405.21060']!.summaries.map((s) => s.text)).toEqual(['State space duality.']);
    expect(answer['2501.00001']!.summaries.map((s) => s.text)).toEqual(['Only a title to go by.']);
    expect(await tagSuggestions(db)).toEqual(expect.arrayContaining(['classic', 'diffusion', 'newsletter', 'ssm', 'string theory']));
    // Only sources' records stay one per paper.
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['source:arxiv|2312.00752']);
    db.close();
  });

  it('a feed shard held before the upgrade is replaced by its next version, not doubled', async () => {
    const db = await open();
    const feed = 'https://feeds.example.org/all.json';
    await replaceShard(db, feed, '2405', 'b'.repeat(64), [{ id: '2405.21061', title: 'Next', tags: [], summaries: [] }], 2);
    const held = (await allPaperRecords(db)).filter((record) => record.packKey === feed);
    expect(held.map((record) => record.id)).toEqual(['2405.21061']);
    expect((await db.packs.get(feed))!.paperCount).toBe(1);
    db.close();
  });
});

describe('a version 6 database, two of its packs keyed by URLs that differ by a "|" and what follows', () => {
  const ML = 'https://packs.example.org/picks?topics=ml';
  const ML_CV = 'https://packs.example.org/picks?topics=ml|cv';
  const open = async () => {
    const name = `migrate-6-${Math.random()}`;
    await writeSample(name, v6);
    const db = new LensDB(name);
    await db.open();
    return db;
  };

  it('re-keys their chunks so that neither key begins with the other', async () => {
    const db = await open();
    const keys = (await db.packChunks.filter((chunk) => chunk.packKey === ML || chunk.packKey === ML_CV).toArray()).map((chunk) => chunk.key);
    expect(keys.sort()).toEqual(['https://packs.example.org/picks?topics=ml%7Ccv|2406.01', 'https://packs.example.org/picks?topics=ml|2406.01']);
    db.close();
  });

  it('unsubscribing one leaves the other its papers', async () => {
    const db = await open();
    await unsubscribe(db, ML);
    const answer = await lookup(db, { ids: ['2406.01001', '2406.01002'], titles: {} });
    expect(answer['2406.01001']!.summaries).toEqual([]);
    expect(answer['2406.01002']!.summaries.map((s) => s.text)).toEqual(['Picked for machine learning and vision.']);
    expect((await db.packs.get(ML_CV))!.paperCount).toBe(1);
    db.close();
  });
});
