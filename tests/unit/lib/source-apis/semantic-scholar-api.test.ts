import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { S2_FIELDS, S2_SOURCE, parseS2Batch, s2ErrorMessage } from '@/lib/source-apis/semantic-scholar-api';
import { SourceError } from '@/lib/source-apis/source-error';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/apis/${name}`, import.meta.url), 'utf8');

// No real batch answer for arXiv ids was found. The tests pair real answers (asked for by CorpusId,
// DOI or paperId) with arXiv ids, which only changes what the caller asked for: the batch answer
// is matched to the request by position, and holds no `externalIds.ArXiv` for those papers.
const TURING_TLDR =
  'If the meaning of the words \u201cmachine\u201d and \u201cthink\u201d are to be found by examining how they are commonly used it is difficult to escape the conclusion that the meaning and the answer to the question, \u201cCan machines think?\u201d is to be sought in a statistical survey such as a Gallup poll.';

const tldrPaper = () => JSON.parse(fixture('s2/s2-paper-tldr.json')) as Record<string, unknown> & { externalIds: Record<string, unknown> };

describe('parseS2Batch', () => {
  it('asks for just what it reads', () => {
    expect(S2_FIELDS).toBe('tldr,externalIds,citationCount');
  });

  it('turns a TLDR into a machine-written summary', () => {
    const papers = parseS2Batch(`[${fixture('s2/s2-paper-tldr.json')}]`, ['2106.15928']);
    expect([...papers]).toEqual([
      [
        '2106.15928',
        {
          id: '2106.15928',
          title: null,
          tags: [],
          summaries: [
            {
              source: S2_SOURCE,
              sourceUrl: 'https://www.semanticscholar.org/arxiv/2106.15928',
              text: TURING_TLDR,
              model: 'tldr@v2.0.0',
              generated: true,
            },
          ],
          citationCount: 10059,
        },
      ],
    ]);
  });

  it('gives null for an unknown paper and keys the others by the request order', () => {
    const ids = ['2401.00001', '2401.00002', '2401.00003', 'hep-th/9901001'];
    const papers = parseS2Batch(fixture('s2/s2-batch.json'), ids);
    expect([...papers.keys()]).toEqual(ids);
    expect(papers.get('2401.00001')).toBeNull();
    expect(papers.get('2401.00002')).toEqual({ id: '2401.00002', title: null, tags: [], summaries: [], citationCount: 10670 });
    expect(papers.get('2401.00003')?.citationCount).toBe(2185);
    expect(papers.get('hep-th/9901001')?.citationCount).toBe(0);
  });

  it('keeps a known paper that carries none of the fields', () => {
    const papers = parseS2Batch(fixture('s2/s2-batch-authors.json'), ['2401.00001', '2401.00002', '2401.00003']);
    expect(papers.get('2401.00003')).toEqual({ id: '2401.00003', title: null, tags: [], summaries: [] });
  });

  it('keys by the canonical id of what was asked', () => {
    const papers = parseS2Batch(`[${fixture('s2/s2-paper-tldr.json')}]`, ['ARXIV:2106.15928v3']);
    expect([...papers.keys()]).toEqual(['2106.15928']);
  });

  it('accepts a paper whose arXiv id is the one asked for, and refuses another', () => {
    const paper = tldrPaper();
    paper.externalIds.ArXiv = '2106.15928';
    const text = JSON.stringify([paper, paper]);
    const papers = parseS2Batch(text, ['2106.15928', '2106.15929']);
    expect(papers.get('2106.15928')?.summaries).toHaveLength(1);
    expect(papers.get('2106.15929')).toBeNull();
  });

  it('reads a TLDR that is null or has no text as no summary', () => {
    const none = tldrPaper();
    none.tldr = null;
    const empty = tldrPaper();
    empty.tldr = { model: 'tldr@v2.0.0', text: null };
    const papers = parseS2Batch(JSON.stringify([none, empty]), ['2106.15928', '2106.15929']);
    expect(papers.get('2106.15928')?.summaries).toEqual([]);
    expect(papers.get('2106.15929')).toMatchObject({ summaries: [], citationCount: 10059 });
  });

  it('returns a hostile TLDR as literal text', () => {
    const paper = tldrPaper();
    paper.tldr = { model: 'tldr@v2.0.0', text: '<img src=x onerror=alert(1)>' };
    expect(parseS2Batch(JSON.stringify([paper]), ['2106.15928']).get('2106.15928')?.summaries[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('leaves one odd paper null and keeps the rest', () => {
    const papers = parseS2Batch(JSON.stringify([{ citationCount: 'many' }, tldrPaper()]), ['2106.15928', '2106.15929']);
    expect(papers.get('2106.15928')).toBeNull();
    expect(papers.get('2106.15929')?.citationCount).toBe(10059);
  });
});

describe('parseS2Batch: answers that cannot be used', () => {
  it.each([
    ['an error body', fixture('s2/s2-404.json'), /^Semantic Scholar answered with an error: Paper with id 0 not found$/],
    ['a gateway error body', fixture('s2/s2-403.json'), /^Semantic Scholar answered with an error: Forbidden$/],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>', /web page/],
    ['truncated JSON', fixture('s2/s2-batch.json').slice(0, 400), /broken JSON/],
    ['a list of another length', fixture('s2/s2-batch.json'), /answered for 4 papers where 2 were asked for/],
    ['papers all in an unknown shape', '[{"citationCount":"many"},{"tldr":"short"}]', /unknown shape/],
  ])('refuses %s', (_, text, message) => {
    const ask = () => parseS2Batch(text, ['2106.15928', '2106.15929']);
    expect(ask).toThrow(SourceError);
    expect(ask).toThrow(message);
  });
});

describe('s2ErrorMessage', () => {
  it.each([
    [400, fixture('s2/s2-400.json'), 'Semantic Scholar answered 400: Unrecognized or unsupported fields: [unknown]'],
    [404, fixture('s2/s2-404.json'), 'Semantic Scholar answered 404: Paper with id 0 not found'],
    [502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'Semantic Scholar answered 502'],
    [500, '', 'Semantic Scholar answered 500'],
  ])('says what a %i answer says', (status, text, message) => {
    expect(s2ErrorMessage(status, text)).toBe(message);
  });

  it('says the API key was refused on a 403', () => {
    expect(s2ErrorMessage(403, fixture('s2/s2-403.json'))).toMatch(/^Semantic Scholar refused the API key/);
  });

  it.each([['s2/s2-429.json'], ['s2/s2-429-legacy-2023.json']])('says it is rate-limited on a 429 (%s)', (name) => {
    expect(s2ErrorMessage(429, fixture(name))).toMatch(/^Semantic Scholar is rate-limiting requests/);
  });
});
