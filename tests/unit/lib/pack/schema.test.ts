import { describe, expect, it } from 'vitest';
import { PackError, parsePackDocument } from '@/lib/pack/parse';
import { PackSchema } from '@/lib/pack/schema';
import { makePack, text } from '../../helpers/packs';

const paper = (overrides: Record<string, unknown>) => makePack({ papers: [{ ...makePack().papers[0], ...overrides }] });

describe('the pack schema', () => {
  it('accepts a valid pack and keys its papers by id or title', () => {
    const pack = PackSchema.parse(makePack());
    expect(pack.papers.map((p) => p.id)).toEqual(['2405.20519', null]);
  });

  it('lower-cases tags, folds their spacing and drops repeats', () => {
    const pack = PackSchema.parse(paper({ tags: ['Diffusion', ' State  Space Models', 'diffusion'] }));
    expect(pack.papers[0]!.tags).toEqual(['diffusion', 'state space models']);
  });

  it('drops fields it does not know', () => {
    const pack = PackSchema.parse({ ...makePack({ extra: 1 }), papers: [{ ...makePack().papers[0], html: '<b>x</b>' }] });
    expect(pack).not.toHaveProperty('extra');
    expect(pack.papers[0]).not.toHaveProperty('html');
  });

  it('keeps markup in text as text', () => {
    const summary = { source: 'x', text: '<img src=x onerror=alert(1)>' };
    expect(PackSchema.parse(paper({ summaries: [summary] })).papers[0]!.summaries[0]!.text).toBe(summary.text);
  });

  it("renames a source that takes the key sentence's name, so a person's summary is not read as the abstract's own words", () => {
    const sources = ['Key sentence from the abstract', ' key  SENTENCE from the Abstract ', 'Key sentences from the abstract'].map((source) => ({
      source,
      text: 'A pack wrote this.',
    }));
    const parsed = PackSchema.parse(paper({ summaries: sources })).papers[0]!.summaries.map((s) => s.source);
    expect(parsed).toEqual([
      'Key sentence from the abstract (from a pack)',
      'key  SENTENCE from the Abstract (from a pack)',
      'Key sentences from the abstract',
    ]);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a wrong format name', makePack({ format: 'other-pack' }), /format/],
    ['another schema version', makePack({ schemaVersion: 2 }), /schemaVersion/],
    ['no papers field', { ...makePack(), papers: undefined }, /papers/],
    ['papers that is not a list', makePack({ papers: {} }), /papers/],
    ['a pack id with spaces', makePack({ id: 'my pack' }), /pack id/],
    ['no version', makePack({ version: '' }), /version/],
    ['a bad date', makePack({ generatedAt: 'yesterday' }), /generatedAt/],
    ['a versioned id', paper({ id: '2405.20519v2' }), /canonical/],
    ['an id with a subject class', paper({ id: 'math.GT/0309136' }), /canonical/],
    ['an impossible id', paper({ id: '2413.00001' }), /canonical/],
    ['a number as id', paper({ id: 2405.20519 }), /papers\[0\]\.id/],
    ['neither id nor title', paper({ id: null, title: null }), /id or a title/],
    ['no id and a title of symbols only', paper({ id: null, title: '🚀 — !' }), /letters or digits/],
    ['a blank tag', paper({ tags: ['  '] }), /tags/],
    ['a tag that is not a string', paper({ tags: [1] }), /tags/],
    ['a summary without text', paper({ summaries: [{ source: 'x', text: '' }] }), /text/],
    ['a summary of 1 MB', paper({ summaries: [{ source: 'x', text: 'a'.repeat(1_000_000) }] }), /text/],
    ['an http source URL', paper({ summaries: [{ source: 'x', sourceUrl: 'http://example.com', text: 't' }] }), /sourceUrl/],
    ['a javascript: source URL', paper({ summaries: [{ source: 'x', sourceUrl: 'javascript:alert(1)', text: 't' }] }), /sourceUrl/],
    ['the same id twice', makePack({ papers: [makePack().papers[0], makePack().papers[0]] }), /duplicate paper 2405.20519/],
    [
      'the same title twice without id',
      makePack({ papers: [makePack().papers[1], { ...makePack().papers[1], title: 'drµgs: Deep random micro glitch sampling' }] }),
      /duplicate paper/,
    ],
  ];

  it.each(invalid)('rejects %s with a message that says where', (_name, doc, message) => {
    expect(() => parsePackDocument(text(doc))).toThrow(PackError);
    expect(() => parsePackDocument(text(doc))).toThrow(message);
  });

  it.each([
    ['not JSON', '{"format": "arxiv-lens-pack",'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
    ['an empty file', ''],
  ])('rejects %s', (_name, raw) => {
    expect(() => parsePackDocument(raw)).toThrow(PackError);
  });
});
