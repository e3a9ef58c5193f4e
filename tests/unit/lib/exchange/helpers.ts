import type { LensDB } from '@/lib/db/db';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { makePack, text } from '../../helpers/packs';

export const NOW = new Date('2024-06-09T12:00:00.000Z');
export const T = (iso: string) => new Date(iso).getTime();

/** Every table, in a form that shows any change at all. */
export async function dumpDb(db: LensDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

/** The tables that hold what the user wrote. */
export async function userTables(db: LensDB) {
  return {
    readingList: await db.readingList.toArray(),
    userTags: await db.userTags.toArray(),
    notes: await db.notes.toArray(),
  };
}

/**
 * A library like a user's after some months: papers in every state, old- and new-style ids, tags,
 * notes with line breaks, a paper only tagged, one only annotated, a removal, and a pack that knows
 * authors and dates.
 */
export async function seedLibrary(db: LensDB): Promise<void> {
  await importBundledPack(
    db,
    text(
      makePack({
        papers: [
          {
            id: '1706.03762',
            title: 'Attention Is All You Need',
            authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
            published: '2017-06-12',
            tags: ['transformers'],
            summaries: [],
          },
          {
            id: '2312.00752',
            title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
            authors: ['Albert Gu', 'Tri Dao'],
            published: '2023-12-01',
            tags: ['ssm'],
            summaries: [],
          },
        ],
      }),
    ),
  );
  await db.readingList.bulkAdd([
    { id: '1706.03762', title: 'Attention Is All You Need', addedAt: T('2024-01-02T10:00:00Z'), state: 'done', updatedAt: T('2024-02-03T11:00:00Z') },
    {
      id: '2405.20519',
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      addedAt: T('2024-06-01T08:00:00Z'),
      state: 'reading',
      updatedAt: T('2024-06-02T09:30:00Z'),
    },
    {
      id: 'hep-th/9711200',
      title: 'The Large N Limit of Superconformal Field Theories and Supergravity',
      addedAt: T('2024-03-04T07:00:00Z'),
      state: 'to-read',
      updatedAt: T('2024-03-04T07:00:00Z'),
    },
    {
      id: '0704.0001',
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      addedAt: T('2024-05-05T05:05:05Z'),
      state: 'to-read',
      updatedAt: T('2024-05-05T05:05:05Z'),
    },
  ]);
  await db.userTags.bulkAdd([
    { paperId: '1706.03762', tags: ['transformers', 'classic'], updatedAt: T('2024-01-03T00:00:00Z') },
    { paperId: '2405.20519', tags: ['program synthesis', 'c++ & rust, mostly'], updatedAt: T('2024-06-01T08:01:00Z') },
    { paperId: '2312.00752', tags: ['ssm'], updatedAt: T('2024-04-01T00:00:00Z') },
  ]);
  await db.notes.bulkAdd([
    {
      paperId: '1706.03762',
      text: 'Section 3.2: scaled dot-product.\n\nRe-read the 50% dropout claim & the $d_k$ scaling.',
      updatedAt: T('2024-02-03T11:00:00Z'),
    },
    { paperId: '1412.6980', text: 'Check the bias correction.', updatedAt: T('2024-04-04T04:04:04Z') },
  ]);
  await db.tombstones.add({ id: '1512.03385', deletedAt: T('2024-05-01T00:00:00Z') });
}
