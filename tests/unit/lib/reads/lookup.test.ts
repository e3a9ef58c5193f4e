import { describe, expect, it } from 'vitest';
import { lookup } from '@/lib/reads/lookup';
import { importBundledPack, subscribe } from '@/lib/pack-store/subscriptions';
import { fakeServer, freshDb, makePack, text } from '../../helpers/packs';

describe('lookup', () => {
  it('answers a whole page in one call: summaries, curated and user tags, saved state', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await db.readingList.add({ id: '2405.20519', addedAt: 5, updatedAt: 5, state: 'to-read' });
    await db.userTags.add({ paperId: '2312.00752', tags: ['ssm'], updatedAt: 5 });
    const answer = await lookup(db, { ids: ['2405.20519', '2312.00752', '1706.03762'], titles: {} });
    expect(answer['2405.20519']).toEqual({
      summaries: [{ source: 'AI Timeline', date: '2024-06-09', text: 'Edits syntax trees with diffusion.' }],
      curatedTags: ['diffusion', 'code generation'],
      userTags: [],
      saved: { state: 'to-read', addedAt: 5 },
    });
    expect(answer['2312.00752']).toEqual({ summaries: [], curatedTags: [], userTags: ['ssm'], saved: null });
    expect(answer['1706.03762']).toEqual({ summaries: [], curatedTags: [], userTags: [], saved: null });
  });

  it('finds a paper a pack knows only by title, whatever its case and punctuation on the page', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const answer = await lookup(db, { ids: ['2401.99999'], titles: { '2401.99999': 'DRµGS -- deep random micro-glitch sampling' } });
    expect(answer['2401.99999']!.summaries.map((s) => s.source)).toEqual(['Mamba series article']);
  });

  it('a title with no letters or digits matches nothing', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const answer = await lookup(db, { ids: ['2401.99999'], titles: { '2401.99999': '— ∎ —' } });
    expect(answer['2401.99999']!.summaries).toEqual([]);
  });

  it('does not give a paper the summary of another paper with the same title', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const answer = await lookup(db, { ids: ['2401.99999'], titles: { '2401.99999': 'Diffusion On Syntax Trees For Program Synthesis' } });
    expect(answer['2401.99999']!.summaries).toEqual([]);
  });

  it('merges what several packs say of one paper, each summary once', async () => {
    const db = await freshDb();
    const server = fakeServer();
    const second = makePack({
      id: 'ml',
      papers: [
        {
          ...makePack().papers[0],
          tags: ['program synthesis'],
          summaries: [...makePack().papers[0]!.summaries, { source: 'Weekly', text: 'Tree edits.' }],
        },
      ],
    });
    server.set('https://example.org/ml.json', text(second));
    await importBundledPack(db, text(makePack()));
    await subscribe(db, 'https://example.org/ml.json', { fetch: server.fetch });
    const answer = await lookup(db, { ids: ['2405.20519'], titles: {} });
    expect(answer['2405.20519']!.summaries.map((s) => s.source)).toEqual(['AI Timeline', 'Weekly']);
    expect(answer['2405.20519']!.curatedTags.sort()).toEqual(['code generation', 'diffusion', 'program synthesis']);
  });
});
