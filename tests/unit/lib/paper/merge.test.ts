import { describe, expect, it } from 'vitest';
import { PackPaperSchema, type PackPaper } from '@/lib/pack/schema';
import { mergePaper } from '@/lib/paper/merge';
import { toPaperRecords } from '@/lib/pack-store/import-pack';
import { SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';

const ID = '2405.20519';
const shared = { source: 'AI Timeline', date: '2024-06-09', text: 'Edits syntax trees with diffusion.' };

function record(packKey: string, paper: Partial<PackPaper>) {
  return toPaperRecords(packKey, [PackPaperSchema.parse({ id: ID, title: null, tags: [], summaries: [], ...paper })])[0]!;
}

describe('mergePaper: what is known of one paper', () => {
  it('shows a summary held by two packs once, and gathers every tag once', () => {
    const known = mergePaper(ID, [
      record('bundled', { summaries: [shared], tags: ['diffusion'] }),
      record('https://example.org/pack.json', {
        summaries: [shared, { source: 'Mamba series article', text: 'Another view.' }],
        tags: ['diffusion', 'code'],
      }),
    ]);
    expect(known.summaries.map((s) => s.source)).toEqual(['AI Timeline', 'Mamba series article']);
    expect(known.curatedTags).toEqual(['diffusion', 'code']);
  });

  it("takes arXiv's own metadata over a pack's, and fills the rest from whoever has it", () => {
    const known = mergePaper(ID, [
      record('bundled', { title: 'Diffusion on syntax trees', authors: ['S. Kapur'], summaries: [shared] }),
      record(SOURCE_ORIGIN_KEYS['hf-daily'], { upvotes: 12, github: { url: 'https://github.com/x/y', stars: 3 } }),
      record(SOURCE_ORIGIN_KEYS.arxiv, {
        title: 'Diffusion On Syntax Trees For Program Synthesis',
        authors: ['Shreyas Kapur', 'Erik Jenner', 'Stuart Russell'],
        version: 2,
      }),
    ]);
    expect(known.title).toBe('Diffusion On Syntax Trees For Program Synthesis');
    expect(known.authors).toEqual(['Shreyas Kapur', 'Erik Jenner', 'Stuart Russell']);
    expect(known.version).toBe(2);
    expect(known.upvotes).toBe(12);
    expect(known.github?.stars).toBe(3);
  });

  it("lists people's summaries before machine-written ones, and leaves out a source the user hid", () => {
    const records = [
      record(SOURCE_ORIGIN_KEYS['semantic-scholar'], { summaries: [{ source: 'Semantic Scholar TLDR', text: 'A TLDR.', generated: true }] }),
      record(SOURCE_ORIGIN_KEYS['hf-daily'], { summaries: [{ source: 'Hugging Face Daily Papers', text: 'An AI summary.', generated: true }] }),
      record('bundled', { summaries: [shared] }),
    ];
    expect(mergePaper(ID, records).summaries.map((s) => s.source)).toEqual(['AI Timeline', 'Hugging Face Daily Papers', 'Semantic Scholar TLDR']);
    const hidden = mergePaper(ID, records, { hiddenSources: new Set(['Hugging Face Daily Papers']) });
    expect(hidden.summaries.map((s) => s.source)).toEqual(['AI Timeline', 'Semantic Scholar TLDR']);
  });

  it('knows nothing of a paper no record holds', () => {
    expect(mergePaper(ID, [])).toEqual({ id: ID, summaries: [], curatedTags: [] });
  });

  it('takes upvotes, citations, code links and the latest version only from the service that counts them, not from a pack', () => {
    const fromPack = record('https://example.org/pack.json', {
      upvotes: 9999,
      citationCount: 5,
      github: { url: 'https://github.com/a/b' },
      version: 1000,
    });
    expect(mergePaper(ID, [fromPack])).toEqual({ id: ID, summaries: [], curatedTags: [] });
    const known = mergePaper(ID, [
      fromPack,
      record(SOURCE_ORIGIN_KEYS['hf-daily'], { upvotes: 12 }),
      record(SOURCE_ORIGIN_KEYS.arxiv, { version: 3 }),
    ]);
    expect([known.upvotes, known.version, known.citationCount]).toEqual([12, 3, undefined]);
  });
});
