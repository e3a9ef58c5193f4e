import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { dismiss } from '@/lib/user-data/dismissed';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import { createTrainingSetReader } from '@/lib/ranking-data/training-set';
import { savePaper } from '@/lib/user-data/reading-list';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { addUserTag } from '@/lib/user-data/user-tags';
import { makePack, text } from '../../helpers/packs';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** What a reader that has read nothing before finds. */
const readTrainingSet = (store: typeof db) => createTrainingSetReader(store).read();

describe('what the ranking learns from', () => {
  it("the saved and tagged papers with the user's tags, the set-aside ones, and the store's other papers", async () => {
    const pack = makePack();
    const other = { id: '2406.09999', title: 'Another paper of the pack', tags: [], summaries: [] };
    await importBundledPack(db, text({ ...pack, papers: [...pack.papers, other] }));
    await savePaper(db, '2405.20519', 'Diffusion On Syntax Trees');
    await addUserTag(db, '2406.07550', 'Tokenizers');
    await dismiss(db, '2406.02543');
    const set = await readTrainingSet(db);
    expect(set.liked.map(({ doc, tags }) => [doc.id, tags]).sort()).toEqual([
      ['2405.20519', []],
      ['2406.07550', ['tokenizers']],
    ]);
    expect(set.liked.find((l) => l.doc.id === '2405.20519')!.doc.title).toBe('Diffusion On Syntax Trees For Program Synthesis');
    expect(set.disliked.map((d) => d.id)).toEqual(['2406.02543']);
    expect(set.background!.map((d) => [d.id, d.title])).toEqual([['2406.09999', 'Another paper of the pack']]);
  });

  it("the bundled pack's papers are all there to contrast with, though its sparse ids spread them over many small chunks", async () => {
    const bundled = readFileSync(new URL('../../../../public/packs/core.json', import.meta.url), 'utf8');
    await importBundledPack(db, bundled);
    // Those known by their title alone have no id to rank by.
    const papers = (JSON.parse(bundled) as { papers: { id: string | null }[] }).papers.filter((p) => p.id !== null).length;
    expect(await db.packChunks.count()).toBeGreaterThan(10);
    expect((await readTrainingSet(db)).background).toHaveLength(papers);
  });

  it('a reading list of 5,000 trains on its latest 1,500 papers, the tagged ones first', async () => {
    await db.readingList.bulkAdd(
      Array.from({ length: 5_000 }, (_, i) => ({ id: `2401.${String(i).padStart(5, '0')}`, addedAt: i, updatedAt: i, state: 'to-read' as const })),
    );
    await addUserTag(db, '2401.00001', 'old favourite');
    const liked = (await readTrainingSet(db)).liked.map((l) => l.doc.id);
    expect(liked).toHaveLength(1_500);
    expect(liked[0]).toBe('2401.00001');
    expect(liked).toContain('2401.04999');
    expect(liked).not.toContain('2401.03000');
  });

  it('kept between reads: a paper is read again once told its text changed, and a new liked paper is read', async () => {
    await importBundledPack(db, text(makePack()));
    await savePaper(db, '2405.20519', 'Diffusion On Syntax Trees');
    await savePaper(db, '2406.02543', 'A paper');
    const reader = createTrainingSetReader(db);
    expect(await reader.read()).toEqual(await readTrainingSet(db));
    const abstractOf = async (id: string) => (await reader.read()).liked.find((l) => l.doc.id === id)?.doc.abstract;
    const before = await abstractOf('2405.20519');

    const paper = {
      id: '2405.20519',
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      abstract: 'Newly fetched words.',
      tags: [],
      summaries: [],
    };
    await storeAnswer(db, 'arxiv', [paper], [], 5);
    // Not told yet: the text read before stands.
    expect(await abstractOf('2405.20519')).toBe(before);
    reader.papersChanged(['2405.20519']);
    expect(await abstractOf('2405.20519')).toContain('Newly fetched words.');

    await savePaper(db, '2406.07550', 'Tokenizers');
    reader.papersChanged(['2406.07550']);
    const after = await reader.read();
    expect(after).toEqual(await readTrainingSet(db));
    expect(after.liked.map((l) => l.doc.id)).toContain('2406.07550');
    expect(after.background!.map((d) => d.id)).not.toContain('2406.07550');
  });
});
