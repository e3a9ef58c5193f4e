import { describe, expect, it } from 'vitest';
import { findArxivIds, isCanonicalArxivId, parseArxivId } from '@/lib/arxiv/ids';
import cases from '../../../fixtures/id-cases.json';

function expected(id: string, version: number | null) {
  return version === null ? { id } : { id, version };
}

describe("parseArxivId against the other projects' cases", () => {
  it.each(cases.valid.map((c) => [c.input, c.id, c.version] as const))('accepts %j', (input, id, version) => {
    // arXiv's Identifier keeps the subject class; our canonical id drops it.
    const canonical = id.replace(/^([a-z-]+)\.[A-Z]{2}\//, '$1/');
    expect(parseArxivId(input)).toEqual(expected(canonical, version));
  });

  it.each(cases.invalid.map((c) => [c.input]))('rejects %j', (input) => {
    expect(parseArxivId(input)).toBeNull();
  });

  // Our rule for the disputed cases: arXiv's Identifier class, except that we never pad or
  // reinterpret digits. The number of digits must fit the year, so all six are rejected.
  it.each(cases.disputed_or_lenient.map((c) => [c.input]))('rejects the disputed %j', (input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});

describe('parseArxivId: our own cases', () => {
  it.each([
    ['2405.20519', { id: '2405.20519' }],
    ['2405.20519v2', { id: '2405.20519', version: 2 }],
    ['arXiv:2405.20519v12', { id: '2405.20519', version: 12 }],
    ['ARXIV:0704.0001', { id: '0704.0001' }],
    ['1412.9999', { id: '1412.9999' }],
    ['1501.00001', { id: '1501.00001' }],
    ['math.GT/0309136', { id: 'math/0309136' }],
    ['math.GT/0309136v2', { id: 'math/0309136', version: 2 }],
    ['solv-int/9901001', { id: 'solv-int/9901001' }],
    ['hep-th/9108001', { id: 'hep-th/9108001' }],
    ['cs/0703001', { id: 'cs/0703001' }],
    ['https://arxiv.org/html/2405.20519v1#S2.SS1', { id: '2405.20519', version: 1 }],
    ['https://arxiv.org/html/2405.20519v1/', { id: '2405.20519', version: 1 }],
    ['https://arxiv.org/format/2405.20519', { id: '2405.20519' }],
    ['https://export.arxiv.org/abs/hep-th/9901001v3', { id: 'hep-th/9901001', version: 3 }],
    ['https://arxiv.org/pdf/2405.20519v3?download=1', { id: '2405.20519', version: 3 }],
    ['https://arxiv.org/abs/math.GT/0309136', { id: 'math/0309136' }],
    ['https://huggingface.co/papers/2405.20519', { id: '2405.20519' }],
    ['huggingface.co/papers/2405.20519#community', { id: '2405.20519' }],
    ['https://alphaxiv.org/abs/2405.20519v2', { id: '2405.20519', version: 2 }],
    ['https://www.alphaxiv.org/abs/2405.20519', { id: '2405.20519' }],
    ['10.48550/arXiv.2405.20519', { id: '2405.20519' }],
    ['10.48550/ARXIV.2405.20519', { id: '2405.20519' }],
    ['https://doi.org/10.48550/arXiv.2405.20519', { id: '2405.20519' }],
    ['https://doi.org/10.48550/arXiv.hep-th/9901001', { id: 'hep-th/9901001' }],
  ])('reads %j', (input, result) => {
    expect(parseArxivId(input)).toEqual(result);
  });

  it.each([
    '2413.00001', // month 13
    '2400.00001', // month 00
    '0703.9999', // before new-style ids began
    '0612.1234',
    '1501.0001', // four digits after 2014
    '1412.00001', // five digits before 2015
    '2405.2051',
    '2405.20519v0',
    '2405.20519v',
    '2405.20519v1x',
    '2405.20519abc',
    '2405.20519.',
    '2405.205190',
    'arXiv:',
    'foo/9901001', // unknown archive
    'hep-th/9913001', // month 13
    'hep-th/9101001', // before arXiv began
    'hep-th/0704001', // after old-style ids ended
    'hep-th/9901000', // number 000
    'https://arxiv.org/list/cs.AI/new',
    'https://arxiv.org/list/hep-th/2405',
    'https://arxiv.org/search/?query=mamba',
    'https://arxiv.org/',
    'https://arxiv.org/abs/',
    'https://arxiv.org/abs/2405.2051',
    'https://example.org/abs/2405.20519',
    'https://arxiv.org.evil.com/abs/2405.20519',
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/date/2024-06-03',
    'https://huggingface.co/2405.20519',
    'https://openreview.net/forum?id=2405.20519',
    '10.1234/arXiv.2405.20519',
    '10.48550/2405.20519',
    'javascript:alert(1)//2405.20519',
  ])('rejects %j', (input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});

describe('findArxivIds', () => {
  // Where the strict rule above rejects an id, the text scan rejects it too (two of arXiv's linkifier cases).
  const strict = new Set(['see arxiv:1201.12345', 'hep-ph/1203.12345v12']);
  it.each(cases.text_extraction.filter((c) => !strict.has(c.input)).map((c) => [c.input, c.expected_ids] as const))(
    "finds in %j what arXiv's linkifier finds",
    (input, ids) => {
      const canonical = ids.map((id) => parseArxivId(id)!.id);
      expect(findArxivIds(input).map((f) => f.id)).toEqual(canonical);
    },
  );

  it.each([...strict])('finds nothing in %j', (input) => {
    expect(findArxivIds(input)).toEqual([]);
  });

  it('finds every form in running text, once each, with versions', () => {
    const text =
      'Diffusion on syntax trees (arXiv:2405.20519v2) builds on hep-th/9901001 and 1706.03762; ' +
      'see https://arxiv.org/abs/2312.00752 and doi 10.48550/arXiv.2401.04081. Again: 2405.20519.';
    expect(findArxivIds(text).map(({ id, version }) => ({ id, version }))).toEqual([
      { id: '2405.20519', version: 2 },
      { id: 'hep-th/9901001', version: undefined },
      { id: '1706.03762', version: undefined },
      { id: '2312.00752', version: undefined },
      { id: '2401.04081', version: undefined },
    ]);
  });

  it('reports where each id stands', () => {
    const [found] = findArxivIds('Read arXiv:2405.20519 today');
    expect(found).toMatchObject({ match: 'arXiv:2405.20519', index: 5 });
  });

  it('ignores numbers that only look like ids', () => {
    expect(findArxivIds('version 2405.205190, price 1234.5678, 12405.20519 and 2413.00001')).toEqual([]);
  });
});

describe('isCanonicalArxivId', () => {
  it.each(['2405.20519', '0704.0001', 'hep-th/9901001', 'cond-mat/0408502'])('accepts %j', (id) => {
    expect(isCanonicalArxivId(id)).toBe(true);
  });

  it.each([
    '2405.20519v2',
    'hep-th/9901001v1',
    'math.AG/0101001',
    'arXiv:2405.20519',
    'https://arxiv.org/abs/2405.20519',
    ' 2405.20519',
    '2405.2051',
    '',
  ])('refuses %j', (text) => {
    expect(isCanonicalArxivId(text)).toBe(false);
  });

  it('holds an id canonical exactly when the parser gives it back unchanged', () => {
    const texts = [
      ...['0703.0001', '0704.0001', '1412.9999', '1412.99999', '1501.0001', '1501.00001', '2413.00001', '2400.00001', '2405.00000'],
      ...['hep-th/9107001', 'hep-th/9108001', 'hep-th/0703999', 'hep-th/0704001', 'hep-th/9901000', 'HEP-TH/9901001', 'foo-bar/9901001'],
      ...['math/0309136', 'cs/0101001', 'q-bio/0501001', 'hep-th//9901001', 'hep-th/9901001/extra', '2405.20519/', 'arxiv.2405.20519'],
    ];
    for (const text of texts) expect(isCanonicalArxivId(text), text).toBe(parseArxivId(text)?.id === text);
  });
});
