import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPack, formatPack } from '@/lib/curate/build-pack';
import { findMojibake } from '@/lib/curate/mojibake';
import { datasetDump } from '@/lib/curate/sources/dataset-dump';
import { dailyPapers } from '@/lib/curate/sources/daily-papers';
import { PackSchema } from '@/lib/pack/schema';
import { SEED_FILES, seed, seedInput } from './seeds';

const COMMITTED_PACK = fileURLToPath(new URL('../../../../public/packs/core.json', import.meta.url));

describe('buildPack on the real seeds', () => {
  const { pack, report } = buildPack(seedInput());
  const paper = (id: string) => pack.papers.find((p) => p.id === id)!;

  it('builds a pack the schema accepts unchanged', () => {
    expect(PackSchema.parse(pack)).toEqual(pack);
    expect(pack).toMatchObject({ format: 'arxiv-lens-pack', schemaVersion: 1, id: 'core', name: 'arXiv Lens curated picks' });
    expect(pack.version).toMatch(/^[0-9a-f]{16}$/);
    expect(pack.generatedAt).toBe('2025-10-29');
  });

  it("labels the machine-written newsletter's summaries as AI-generated, and only those", () => {
    const summaries = pack.papers.flatMap((p) => p.summaries);
    expect(summaries.filter((s) => s.generated).map((s) => s.source)).toEqual(Array(17).fill('Weekly AI Paper Summaries'));
    expect(summaries.filter((s) => s.source === 'Weekly AI Paper Summaries').every((s) => s.generated)).toBe(true);
  });

  it('reads every entry of every source', () => {
    expect(report.sources.map((s) => [s.source, s.entries])).toEqual([
      ['AI Timeline', 3],
      ['Mamba series article', 8],
      ['Daily Papers', 30],
      ['Abstracts dataset', 100],
      ['Weekly AI Paper Summaries', 17],
    ]);
    expect(report.sources.flatMap((s) => s.skipped).map((s) => s.reason)).toEqual(Array(3).fill('industry news item: names no paper'));
  });

  it('puts every entry in a paper, merging the four told twice', () => {
    expect(pack.papers).toHaveLength(154);
    expect(report.mergedEntries).toBe(4);
    expect(report.mergedPapers.map((m) => m.paper).sort()).toEqual(['2405.04434', '2405.05254', '2405.20519', '2405.21060']);
    const dataset = datasetDump.parse(seed(SEED_FILES.datasetDump)).entries;
    for (const { id } of dataset) expect(paper(id!)).toBeDefined();
    const titles = new Set(pack.papers.map((p) => p.title));
    for (const { title } of dailyPapers.parse(seed(SEED_FILES.dailyPapers)).entries) expect(titles).toContain(title);
    const summaries = pack.papers.flatMap((p) => p.summaries);
    expect(summaries.filter((s) => s.source === 'AI Timeline')).toHaveLength(3);
    expect(summaries.filter((s) => s.source === 'Mamba series article')).toHaveLength(8);
    expect(summaries.filter((s) => s.source === 'Weekly AI Paper Summaries')).toHaveLength(17);
  });

  it('resolves ids from the source text and from the tsv, and keeps a paper not on arXiv by title', () => {
    expect(report.idsFrom).toEqual({ text: 100, tsv: 38, abstract: 0 });
    expect(report.notOnArxiv).toBe(1);
    expect(report.papersWithoutId).toBe(20);
    expect(paper('2401.04081').title).toBe('MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts');
    expect(paper('2405.03150').title).toBe('Video Diffusion Models: A Survey');
    const drugs = pack.papers.find((p) => p.title === 'DRµGS: Deep Random micro-Glitch Sampling')!;
    expect(drugs.id).toBeNull();
    expect(drugs.summaries.map((s) => s.source)).toEqual(['Mamba series article']);
  });

  it('holds 2405.20519 with its AI Timeline summary, the dataset abstract and a diffusion tag', () => {
    const p = paper('2405.20519');
    expect(p.title).toBe('Diffusion On Syntax Trees For Program Synthesis');
    expect(p.summaries).toHaveLength(1);
    expect(p.summaries[0]).toMatchObject({ source: 'AI Timeline', date: '2024-06-09' });
    expect(p.summaries[0]!.text).toMatch(/^Introduction to Diffusion on Syntax Trees\n\nExisting LLMs/);
    expect(p.abstract).toMatch(/^Large language models generate code one token at a time/);
    expect(p.tags).toContain('diffusion');
  });

  it('dates the weekly summaries and keeps the Daily Papers abstract as the abstract', () => {
    expect(paper('2405.05254').summaries).toEqual([expect.objectContaining({ source: 'Weekly AI Paper Summaries', date: '2024-05-11' })]);
    const markov = paper('2507.19247');
    expect(markov).toMatchObject({ title: 'A Markov Categorical Framework for Language Modeling', published: '2025-07-25', summaries: [] });
    expect(markov.abstract).toMatch(/^Auto-regressive language models factorize/);
  });

  it('tags every paper, keeping the source topic labels', () => {
    for (const p of pack.papers) expect(p.tags.length).toBeGreaterThan(0);
    expect(report.fallbackTags).toBe(pack.papers.filter((p) => p.tags.includes('machine learning')).length);
    expect(paper('2405.21060').tags).toEqual(expect.arrayContaining(['mamba', 'state space models']));
    expect(paper('2406.02543').tags[0]).toBe('llm');
  });

  it('carries plain text only: no mojibake, no no-break spaces, paragraphs split by one blank line', () => {
    const texts = pack.papers.flatMap((p) => [p.abstract ?? '', ...p.summaries.map((s) => s.text)]);
    for (const text of texts) {
      expect(findMojibake(text)).toEqual([]);
      expect(text).not.toMatch(/\u00a0|\n{3,}|^\s|\s$/);
    }
  });

  it('builds the same bytes every time', () => {
    expect(formatPack(buildPack(seedInput()).pack)).toBe(formatPack(pack));
  });

  it('matches the committed public/packs/core.json (run `npm run curate` when this fails)', () => {
    expect(readFileSync(COMMITTED_PACK, 'utf8')).toBe(formatPack(PackSchema.parse(pack)));
  });
});

describe('buildPack on made-up seeds', () => {
  const dump = seed(SEED_FILES.datasetDump);
  const idsTable = seed('arxiv-ids.tsv');
  const yocoAbstract = datasetDump.parse(dump).entries.find((e) => e.id === '2405.05254')!.abstract!;

  it('gives a listing entry the id of the dataset abstract it repeats, and merges the two', () => {
    const listing = `Daily Papers\n\nYOCO, a decoder-decoder\n\n${yocoAbstract.toLowerCase()}\n\n  • 9 authors\n·\nMay 8, 2024`;
    const { pack, report } = buildPack({
      files: [
        { name: 'listing.txt', text: listing },
        { name: 'dump.txt', text: dump },
      ],
      idsTable,
    });
    expect(report.idsFrom.abstract).toBe(1);
    const yoco = pack.papers.filter((p) => p.id === '2405.05254');
    expect(yoco).toHaveLength(1);
    expect(yoco[0]).toMatchObject({ title: 'YOCO, a decoder-decoder', published: '2024-05-08' });
    expect(pack.papers).toHaveLength(100);
  });

  it('fails on a file no source recognises', () => {
    expect(() => buildPack({ files: [{ name: 'notes.txt', text: 'Some notes.' }], idsTable })).toThrow(/notes\.txt: not a known seed format/);
  });

  it('fails on a recognised file it reads no entry from', () => {
    expect(() => buildPack({ files: [{ name: 'empty.txt', text: 'The AI Timeline #10\n\nReply' }], idsTable })).toThrow(
      /empty\.txt: read as AI Timeline, but no entry could be read/,
    );
  });
});
