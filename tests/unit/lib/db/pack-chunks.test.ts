import { describe, expect, it } from 'vitest';
import { createLookupCache } from '@/lib/reads/lookup-cache';
import { lookup } from '@/lib/reads/lookup';
import { bucketOfId } from '@/lib/db/pack-chunks';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { tagSuggestions } from '@/lib/user-data/user-tags';
import { allPaperRecords, freshDb, makePack, text } from '../../helpers/packs';

/** A pack of `count` papers with neighbouring ids, as a large pack is, plus one known only by its title. */
function bigPack(count: number) {
  const papers = Array.from({ length: count }, (_, i) => ({
    id: `2401.${String(i + 1).padStart(5, '0')}`,
    title: `Paper ${i + 1}`,
    tags: [`topic ${i % 3}`],
    summaries: [{ source: 'Bench', text: `Summary ${i + 1}` }],
  }));
  return makePack({ papers: [...papers, { id: null, title: 'Only A Title', tags: [], summaries: [{ source: 'Bench', text: 'Titled' }] }] });
}

describe('pack papers stored in chunks', () => {
  it('groups neighbouring ids: a pack of 1,000 papers is three writes, every paper still found', async () => {
    const db = await freshDb();
    expect(await importBundledPack(db, text(bigPack(1000)))).toBe('imported');
    // Two buckets of up to 1,000 ids (00001–00999, 01000), and one of titles.
    expect(await db.packChunks.count()).toBe(3);
    expect(await db.papers.count()).toBe(0);
    expect((await db.packs.get('bundled'))!.paperCount).toBe(1001);
    const ids = ['2401.00001', '2401.00500', '2401.01000', '2401.01001'];
    const titles = { '2402.00001': 'Only a title' };
    for (const answer of [
      await lookup(db, { ids: [...ids, '2402.00001'], titles }),
      await createLookupCache(db).lookup({ ids: [...ids, '2402.00001'], titles }),
    ]) {
      expect(ids.map((id) => answer[id]!.summaries.map((s) => s.text))).toEqual([['Summary 1'], ['Summary 500'], ['Summary 1000'], []]);
      expect(answer['2401.00500']!.curatedTags).toEqual(['topic 1']);
      expect(answer['2402.00001']!.summaries.map((s) => s.text)).toEqual(['Titled']);
    }
    expect(await tagSuggestions(db)).toEqual(['topic 0', 'topic 1', 'topic 2']);
  });

  it('keeps each record as it was given, keyed as before', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    expect(await allPaperRecords(db)).toEqual([
      {
        key: 'bundled|2405.20519',
        packKey: 'bundled',
        id: '2405.20519',
        titleKey: 'diffusion on syntax trees for program synthesis',
        title: 'Diffusion On Syntax Trees For Program Synthesis',
        tags: ['diffusion', 'code generation'],
        summaries: [{ source: 'AI Timeline', date: '2024-06-09', text: 'Edits syntax trees with diffusion.' }],
      },
      {
        key: 'bundled|t:drμgs deep random micro glitch sampling',
        packKey: 'bundled',
        id: null,
        titleKey: 'drμgs deep random micro glitch sampling',
        title: 'DRµGS: Deep Random micro-Glitch Sampling',
        tags: ['sampling'],
        summaries: [{ source: 'Mamba series article', text: 'Noise in the hidden layers instead of the token choice.' }],
      },
    ]);
  });

  it('refuses a large pack with one broken paper at its end, and writes none of it', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const before = await allPaperRecords(db);
    const broken = bigPack(1000);
    broken.papers.push({ id: '2401.1', title: 'Broken', tags: [], summaries: [] });
    expect(await importBundledPack(db, text({ ...broken, version: '2' }))).toBe('failed');
    expect((await db.packs.get('bundled'))!.lastError).toMatch(/^Not a valid arXiv Lens pack: papers\[1001\]\.id: not a canonical arXiv id/);
    expect(await allPaperRecords(db)).toEqual(before);
  });

  it('buckets old-style and new-style ids by their neighbours', () => {
    expect(['2401.00001', '2401.00099', '0704.0001', 'hep-th/9901001'].map(bucketOfId)).toEqual(['2401.00', '2401.00', '0704.0', 'hep-th/9901']);
  });
});
