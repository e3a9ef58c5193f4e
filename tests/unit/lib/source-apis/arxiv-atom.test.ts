import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivQueryUrl, parseArxivFeed } from '@/lib/source-apis/arxiv-atom';
import { SourceError } from '@/lib/source-apis/source-error';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/apis/${name}`, import.meta.url), 'utf8');

/** The legacy 2016 feed with its one entry changed by `change`, the rest real. */
const legacyWith = (change: (xml: string) => string) => parseArxivFeed(change(fixture('arxiv/arxiv-query-legacy-2016.xml')));

describe('parseArxivFeed: the current format', () => {
  it('reads 1707.08567 and its 34 authors, accents included', () => {
    const [paper, ...rest] = parseArxivFeed(fixture('arxiv/arxiv-query-1707.08567.xml'));
    expect(rest).toEqual([]);
    expect(paper).toMatchObject({
      id: '1707.08567',
      version: 1,
      title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
      published: '2017-07-27T08:18:33Z',
      updated: '2017-07-27T08:18:33Z',
      categories: ['cs.IT'],
      comment: '44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck',
      tags: [],
      summaries: [],
    });
    expect(paper?.authors).toHaveLength(34);
    expect(paper?.authors?.[0]).toBe('Kees A. Schouhamer Immink');
    expect(paper?.authors).toContain('Dirk Wübben');
    expect(paper?.abstract).toMatch(/^The 10th Asia-Europe workshop in "Concepts in Information Theory and Communications" AEW10/);
  });

  it('reads the old-style id astro-ph/0601001 with its journal ref and comment', () => {
    const [paper] = parseArxivFeed(fixture('arxiv/arxiv-query.xml'));
    expect(paper).toMatchObject({
      id: 'astro-ph/0601001',
      version: 1,
      authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'],
      categories: ['astro-ph'],
      journalRef: 'ActaAstron.56:1-50,2006',
      comment:
        '62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz',
    });
    expect(paper).not.toHaveProperty('doi');
    // Leading indentation gone, entities read as the characters they stand for.
    expect(paper?.abstract).toMatch(/^We derive the frequencies/);
    expect(paper?.abstract).toContain('following Gould & Morgan (2003)');
    expect(paper?.abstract).toContain('limit of V_max<17.5.');
  });

  it('reads every entry of a search', () => {
    const papers = parseArxivFeed(fixture('arxiv/arxiv-search-sample.xml'));
    expect(papers).toHaveLength(10);
    expect(papers.filter((p) => p.doi)).toHaveLength(6);
    expect(papers.filter((p) => p.journalRef)).toHaveLength(6);
    expect(papers.map((p) => `${p.id}v${p.version}`)).toContain('2204.08348v3');
    expect(papers.find((p) => p.id === '1205.1866')?.doi).toBe('10.5121/vlsic.2012.3205');
    expect(papers.find((p) => p.id === '1202.4527')?.journalRef).toBe(
      'International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012',
    );
    expect(papers.find((p) => p.id === '2005.14124')?.categories).toEqual(['cs.SE', 'cs.CR', 'cs.LG']);
  });

  it('gives only the paper that exists when one of two ids does not', () => {
    expect(parseArxivFeed(fixture('arxiv/arxiv-query-two-ids-one-unknown.xml')).map((p) => p.id)).toEqual(['1707.08567']);
  });

  it('gives no papers for an empty feed', () => {
    expect(parseArxivFeed(fixture('arxiv/arxiv-query-unknown-id-empty.xml'))).toEqual([]);
  });
});

describe('parseArxivFeed: the legacy format', () => {
  it('reads the DOI, journal ref, comment and both categories, primary first', () => {
    expect(parseArxivFeed(fixture('arxiv/arxiv-query-legacy-2016.xml'))).toEqual([
      expect.objectContaining({
        id: '1111.2011',
        version: 2,
        title: 'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
        authors: ['James M. Murray', 'Adrian Del Maestro', 'Zlatko Tesanovic'],
        published: '2011-11-08T18:48:36Z',
        updated: '2012-04-02T12:38:54Z',
        doi: '10.1103/PhysRevB.85.115117',
        journalRef: 'Phys. Rev. B 85, 115117 (2012)',
        comment: '8 pages, 3 figures. Published version',
        categories: ['cond-mat.str-el', 'cond-mat.stat-mech'],
      }),
    ]);
    const [paper] = parseArxivFeed(fixture('arxiv/arxiv-query-legacy-2016.xml'));
    expect(paper?.abstract).toMatch(/^Theoretical description of anisotropic systems, such as layered superconductors and coupled/);
    expect(paper?.abstract).not.toMatch(/\n|\s{2}/);
  });
});

describe('parseArxivFeed: fields adapted from the legacy entry', () => {
  it('puts the primary category first wherever it stands, and leaves ACM classes out', () => {
    // Real feeds list ACM classes as categories, e.g. `<category term="I.4.8; I.5.2" .../>`.
    const [paper] = legacyWith((xml) =>
      xml
        .replace(
          'term="cond-mat.str-el" scheme="http://arxiv.org/schemas/atom"/>\n    <category',
          'term="cond-mat.stat-mech" scheme="http://arxiv.org/schemas/atom"/>\n    <category',
        )
        .replace('</entry>', '<category term="I.4.8; I.5.2" scheme="http://arxiv.org/schemas/atom"/></entry>'),
    );
    expect(paper?.categories).toEqual(['cond-mat.stat-mech', 'cond-mat.str-el']);
  });

  it('takes the first of two DOIs', () => {
    const [paper] = legacyWith((xml) =>
      xml.replace('10.1103/PhysRevB.85.115117</arxiv:doi>', '10.1103/PhysRevB.85.115117 10.1103/PhysRevB.85.119901</arxiv:doi>'),
    );
    expect(paper?.doi).toBe('10.1103/PhysRevB.85.115117');
  });

  it('drops a field the pack schema refuses and keeps the paper', () => {
    const [paper] = legacyWith((xml) => xml.replace('8 pages, 3 figures. Published version', 'x'.repeat(2_001)));
    expect(paper).toMatchObject({ id: '1111.2011', doi: '10.1103/PhysRevB.85.115117' });
    expect(paper).not.toHaveProperty('comment');
  });

  it('returns hostile strings as literal text', () => {
    const [paper] = legacyWith((xml) =>
      xml
        .replace(/<title>Quantum[^<]*<\/title>/, '<title>&lt;img src=x onerror=alert(1)&gt;</title>')
        .replace('8 pages, 3 figures. Published version', '<![CDATA[<script>alert(1)</script>]]>'),
    );
    expect(paper?.title).toBe('<img src=x onerror=alert(1)>');
    expect(paper?.comment).toBe('<script>alert(1)</script>');
  });

  it('decodes numeric character references', () => {
    const [paper] = legacyWith((xml) => xml.replace('Zlatko Tesanovic', 'Zlatko Te&#353;anovi&#x107;'));
    expect(paper?.authors?.[2]).toBe('Zlatko Tešanović');
  });

  it('skips an entry whose id names no arXiv paper', () => {
    expect(legacyWith((xml) => xml.replace('<id>http://arxiv.org/abs/1111.2011v2</id>', '<id>http://arxiv.org/abs/nonsense</id>'))).toEqual([]);
  });
});

describe('parseArxivFeed: answers that cannot be used', () => {
  it("throws the error feed's message", () => {
    expect(() => parseArxivFeed(fixture('arxiv/arxiv-error.xml'))).toThrow(new SourceError('arXiv refused the request: incorrect id format for abc'));
    expect(() => parseArxivFeed(fixture('arxiv/arxiv-error-legacy-doc-example.xml'))).toThrow(
      new SourceError('arXiv refused the request: incorrect id format for 1234.12345'),
    );
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html>\n<html><head><title>503</title></head><body><p>Service unavailable<br></body></html>', /web page/],
    ['JSON', fixture('s2/s2-404.json'), /broken XML/],
    ['an empty body', '', /broken XML/],
    ['truncated XML', fixture('arxiv/arxiv-query-1707.08567.xml').slice(0, 2_000), /broken XML/],
    ['XML that is not a feed', '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', /other than an Atom feed/],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed><title>&x;</title></feed>',
      /broken XML/,
    ],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseArxivFeed(text)).toThrow(SourceError);
    expect(() => parseArxivFeed(text)).toThrow(message);
  });
});

describe('arxivQueryUrl', () => {
  it("asks for every id at once, encoded as arXiv's own client does", () => {
    expect(arxivQueryUrl(['0808.05394', '1707.08567'])).toBe('https://arxiv.org/api/query?id_list=0808.05394%2C1707.08567&max_results=2');
    expect(arxivQueryUrl(['astro-ph/0601001'])).toBe('https://arxiv.org/api/query?id_list=astro-ph%2F0601001&max_results=1');
  });
});
