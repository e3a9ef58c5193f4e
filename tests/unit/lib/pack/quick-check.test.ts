import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickPack, quickPackPaper } from '@/lib/pack/quick-check';
import { PackPaperFields, PackPaperSchema, PackSchema } from '@/lib/pack/schema';
import { makePack } from '../../helpers/packs';

const PACKS = ['public/packs/core.json', 'tests/fixtures/packs/reading-group.json'];
const readPack = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { papers: Record<string, unknown>[] };

/** Values a hostile or careless pack might put in any field. */
const ODD_VALUES: unknown[] = [
  null,
  '',
  '   ',
  'x',
  'a'.repeat(2_001),
  0,
  -1,
  1.5,
  1e300,
  true,
  [],
  {},
  [''],
  [1],
  [' Diffusion  Models '],
  ['a', 'A'],
  'https://example.org',
  'http://example.org',
  { url: 'https://github.com/x/y', stars: 3 },
  { url: 'http://github.com/x/y' },
  '2024-01-01',
  '2024-02-30',
  '2024-01-01T00:00:00Z',
  '10.1234/abc',
  '10.1234/a{b}',
  'cs.LG',
  ['cs.LG', 'stat.ML'],
  ['CS LG'],
  '2405.20519',
  '2405.20519v2',
  '2413.00001',
  '0704.0001',
  '0704.00001',
  'hep-th/9901001',
  'Key sentence from the abstract',
  [{ source: 'x', text: 'y' }],
  [{ source: ' KEY sentence from the abstract ', text: ' y ', extra: 1 }],
  [{ source: 'x', text: 'y', sourceUrl: 'http://example.org' }],
  [{ source: 'x', text: 'y', generated: 'yes', model: 'm' }],
  [{ source: 'x', text: 'y', date: 'yesterday' }],
  [{ source: 'x' }],
];
const FIELDS = [...Object.keys(PackPaperFields.shape), 'extra'];

/** A fixed sequence of pseudo-random numbers, so that every run checks the same papers. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('the quick check of pack papers', () => {
  it.each(PACKS)('reads %s exactly as the pack schema does', (path) => {
    const json = readPack(path);
    expect(quickPack(json)).toEqual(PackSchema.parse(json));
  });

  it('accepts only what the pack schema accepts, and gives what it gives, for papers with odd fields', () => {
    const papers = PACKS.flatMap((path) => readPack(path).papers);
    const next = random(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 5_000; i++) {
      const paper: Record<string, unknown> = { ...pick(papers) };
      for (let changes = 1 + Math.floor(next() * 3); changes > 0; changes--) {
        const field = pick(FIELDS);
        if (next() < 0.1) delete paper[field];
        else paper[field] = pick(ODD_VALUES);
      }
      const raw: unknown = JSON.parse(JSON.stringify(paper));
      const quick = quickPackPaper(raw);
      const schema = PackPaperSchema.safeParse(raw);
      if (quick === undefined) refused++;
      else {
        accepted++;
        expect(schema.success ? schema.data : schema.error.issues).toEqual(quick);
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('leaves a pack with a duplicate or a broken paper to the schema, which says why', () => {
    const [first, second] = makePack().papers;
    expect(quickPack(makePack({ papers: [first, first] }))).toBeUndefined();
    expect(quickPack(makePack({ papers: [first, { ...second, title: '🚀 — !' }] }))).toBeUndefined();
    expect(quickPack(makePack({ papers: [first, { ...second, id: '2405.20519v2' }] }))).toBeUndefined();
    expect(quickPack(makePack({ version: '' }))).toBeUndefined();
  });
});
