import { describe, expect, it } from 'vitest';
import { parseArxivFeed } from '@/lib/source-apis/arxiv-atom';
import { parseHfDailyPapers } from '@/lib/source-apis/hf-papers-api';
import { SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';
import { parseS2Batch } from '@/lib/source-apis/semantic-scholar-api';
import { SourceError } from '@/lib/source-apis/source-error';
import { clearSource, markSourceFailed, staleKeys, storeAnswer, storePageMeta } from '@/lib/source-runtime/source-store';
import { mergePaper } from '@/lib/paper/merge';
import { readPaperRecords } from '@/lib/db/paper-records';
import { lookup } from '@/lib/reads/lookup';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { allPaperRecords, freshDb, makePack, text } from '../../helpers/packs';
import { DAY, fixture, HOUR, T0 } from '../sources/fake-api';

const ID = '2602.23229';
const hfPaper = () => parseHfDailyPapers(`[${fixture('hf/hf-daily-papers-item-2026-03.json')}]`)[0]!;
const s2Paper = () => parseS2Batch(`[${fixture('s2/s2-paper-tldr.json')}]`, [ID]).get(ID)!;
/** arXiv's answer for 1707.08567. */
const arxivPaper = () => parseArxivFeed(fixture('arxiv/arxiv-query-1707.08567.xml'))[0]!;

describe('source-store: staleKeys', () => {
  it('keeps keys never asked, and those whose answer is older than its freshness, found or not', async () => {
    const db = await freshDb();
    await storeAnswer(
      db,
      'semantic-scholar',
      [],
      [
        { key: 'found-old', found: true },
        { key: 'missing-old', found: false },
      ],
      T0 - 10 * DAY,
    );
    await storeAnswer(
      db,
      'semantic-scholar',
      [],
      [
        { key: 'found-new', found: true },
        { key: 'missing-new', found: false },
      ],
      T0 - HOUR,
    );
    const stale = await staleKeys(
      db,
      'semantic-scholar',
      ['never', 'found-old', 'missing-old', 'found-new', 'missing-new', 'never'],
      { found: 30 * DAY, notFound: 3 * DAY },
      T0,
    );
    expect(stale).toEqual(['never', 'missing-old']);
  });

  it("does not mix up sources: another source's answer leaves a key stale", async () => {
    const db = await freshDb();
    await storeAnswer(db, 'hf-paper', [], [{ key: ID, found: true }], T0);
    expect(await staleKeys(db, 'semantic-scholar', [ID], { found: DAY, notFound: DAY }, T0)).toEqual([ID]);
  });
});

describe('source-store: storeAnswer and markSourceFailed', () => {
  it("replaces the source's earlier word on a paper, and counts its papers in its status", async () => {
    const db = await freshDb();
    await storeAnswer(db, 'hf-daily', [{ ...hfPaper(), upvotes: 3 }], [{ key: '2026-03-06', found: true }], T0 - DAY);
    await storeAnswer(db, 'hf-daily', [hfPaper()], [{ key: '2026-03-06', found: true }], T0);
    expect(await db.papers.where('packKey').equals(SOURCE_ORIGIN_KEYS['hf-daily']).toArray()).toEqual([
      expect.objectContaining({ key: `source:hf-daily|${ID}`, id: ID, upvotes: 10, fetchedAt: T0 }),
    ]);
    expect(await db.sourceStatus.get('hf-daily')).toEqual({ id: 'hf-daily', status: 'ok', lastSync: T0, paperCount: 1 });
  });

  it('a failure keeps the papers and their count, and records why', async () => {
    const db = await freshDb();
    await storeAnswer(db, 'hf-daily', [hfPaper()], [{ key: '2026-03-06', found: true }], T0 - DAY);
    await markSourceFailed(db, 'hf-daily', new SourceError('Hugging Face answered 500 for the papers of 2026-03-10'), T0);
    expect(await db.sourceStatus.get('hf-daily')).toEqual({
      id: 'hf-daily',
      status: 'error',
      lastSync: T0,
      paperCount: 1,
      lastError: 'Hugging Face answered 500 for the papers of 2026-03-10',
    });
    expect(await db.papers.count()).toBe(1);
  });

  it('a failure that asks for a pause records until when', async () => {
    const db = await freshDb();
    await markSourceFailed(db, 'semantic-scholar', new SourceError('rate-limited', { status: 429, pauseUntil: T0 + HOUR }), T0);
    expect(await db.sourceStatus.get('semantic-scholar')).toMatchObject({ status: 'error', pausedUntil: T0 + HOUR, paperCount: 0 });
  });
});

describe('source-store: clearSource (the user turned a source off)', () => {
  it('forgets its papers, what it was asked and its status; other sources, packs and the user data stay', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await db.readingList.add({ id: ID, addedAt: 1, updatedAt: 1, state: 'to-read' });
    await storeAnswer(db, 'hf-daily', [hfPaper()], [{ key: '2026-03-06', found: true }], T0);
    await storeAnswer(db, 'semantic-scholar', [s2Paper()], [{ key: ID, found: true }], T0);
    await clearSource(db, 'hf-daily');
    expect(await db.sourceStatus.get('hf-daily')).toBeUndefined();
    expect(await db.sourceFetches.where('source').equals('hf-daily').count()).toBe(0);
    expect(await db.papers.where('packKey').equals(SOURCE_ORIGIN_KEYS['hf-daily']).count()).toBe(0);
    expect(await db.sourceStatus.get('semantic-scholar')).toBeDefined();
    expect((await allPaperRecords(db)).filter((record) => record.packKey === 'bundled')).toHaveLength(2);
    expect(await db.readingList.get(ID)).toBeDefined();
    const answer = await lookup(db, { ids: [ID], titles: {} });
    expect(answer[ID]!.summaries.map((s) => s.source)).toEqual(['Semantic Scholar TLDR']);
  });
});

describe('lookup: source papers merged with packs', () => {
  async function everything() {
    const db = await freshDb();
    const pack = makePack({
      papers: [
        {
          id: ID,
          title: 'Large Multimodal Models as General In-Context Classifiers',
          tags: ['classification'],
          summaries: [{ source: 'AI Timeline', text: 'LMMs classify in context.' }],
        },
      ],
    });
    await importBundledPack(db, text(pack));
    await storeAnswer(db, 'semantic-scholar', [s2Paper()], [{ key: ID, found: true }], T0);
    await storeAnswer(db, 'hf-daily', [hfPaper()], [{ key: '2026-03-06', found: true }], T0);
    return db;
  }

  it("lists people's summaries first, then Hugging Face's, then Semantic Scholar's; tags from all", async () => {
    const db = await everything();
    const answer = (await lookup(db, { ids: [ID], titles: {} }))[ID]!;
    expect(answer.summaries.map((s) => [s.source, s.generated ?? false])).toEqual([
      ['AI Timeline', false],
      ['Hugging Face Daily Papers', true],
      ['Semantic Scholar TLDR', true],
    ]);
    expect(answer.curatedTags).toEqual(expect.arrayContaining(['classification', 'in-context learning']));
    expect(answer).toMatchObject({ upvotes: 10, citationCount: 10059, github: { url: 'https://github.com/marco-garosi/CIRCLE', stars: 9 } });
  });

  it('leaves out the summaries of a source the user hid', async () => {
    const db = await everything();
    const answer = (await lookup(db, { ids: [ID], titles: {} }, { hiddenSources: new Set(['Hugging Face Daily Papers']) }))[ID]!;
    expect(answer.summaries.map((s) => s.source)).toEqual(['AI Timeline', 'Semantic Scholar TLDR']);
  });

  it('shows one summary when the daily list and the paper page of Hugging Face both gave it', async () => {
    const db = await freshDb();
    await storeAnswer(db, 'hf-paper', [hfPaper()], [{ key: ID, found: true }], T0);
    await storeAnswer(db, 'hf-daily', [hfPaper()], [{ key: '2026-03-06', found: true }], T0);
    const answer = (await lookup(db, { ids: [ID], titles: {} }))[ID]!;
    expect(answer.summaries).toHaveLength(1);
  });
});

describe('source-store: storePageMeta (what the page showed of a paper being saved)', () => {
  it('is what is known of the paper until arXiv answers, and arXiv then has the last word', async () => {
    const db = await freshDb();
    const id = '1707.08567';
    await storePageMeta(db, id, 'Proceedings of Workshop AEW10', {
      authors: ['Kees Immink'],
      published: '2017-07-27',
      categories: ['cs.IT', 'math.IT'],
    });
    const fromPage = mergePaper(id, (await readPaperRecords(db, [id])).get(id)!);
    expect(fromPage).toMatchObject({
      title: 'Proceedings of Workshop AEW10',
      authors: ['Kees Immink'],
      published: '2017-07-27',
      categories: ['cs.IT', 'math.IT'],
    });
    // Pages are no source: no status to show.
    expect(await db.sourceStatus.count()).toBe(0);

    await storeAnswer(db, 'arxiv', [arxivPaper()], [{ key: id, found: true }], T0);
    const merged = mergePaper(id, (await readPaperRecords(db, [id])).get(id)!);
    expect(merged.title).toBe('Proceedings of Workshop AEW10: Concepts in Information Theory and Communications');
    expect(merged.authors).toHaveLength(34);
    expect(merged.published).toBe('2017-07-27T08:18:33Z');
    expect(merged.categories).toEqual(['cs.IT']);
  });
});
