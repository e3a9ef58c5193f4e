import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPage, isPageOf, PAGE_DETECTORS } from '@/lib/pages';
import { FIXTURE_PAGES } from '../../../fixtures/pages';
import cases from '../../../fixtures/id-cases.json';

function load(file: string, url: string): Document {
  return new JSDOM(readFileSync(`tests/fixtures/${file}`, 'utf8'), { url }).window.document;
}

describe('page kinds by URL', () => {
  const all = PAGE_DETECTORS.flatMap((d) => d.testUrls.map((url) => [d.kind, url] as const));

  it.each(all)('%s is the only detector for %s', (kind, url) => {
    const matching = PAGE_DETECTORS.filter((d) => isPageOf(d, new URL(url))).map((d) => d.kind);
    expect(matching).toEqual([kind]);
  });

  it.each([
    'https://arxiv.org/',
    'https://arxiv.org/pdf/2405.20519',
    'https://arxiv.org/list/cs.LG',
    'https://arxiv.org/archive/cs',
    'https://arxiv.org/help/api',
    'https://arxiv.org/abs/not-a-paper',
    'https://arxiv.org.evil.com/abs/2405.20519',
    'https://export.arxiv.org/api/query?id_list=2405.20519',
    'https://huggingface.co/',
    'https://huggingface.co/models',
    'https://huggingface.co/spaces/foo/papers',
    'https://example.com/list/cs.LG/new',
    'https://scholar.google.com/scholar?q=2405.20519',
    'not a url',
  ])('leaves %s alone', (url) => {
    expect(detectPage(url)).toBeUndefined();
  });

  it("sorts the page kinds of other projects' cases like they do", () => {
    const kinds = cases.page_type_by_url.map((c) => detectPage(c.url)?.kind ?? null);
    // The legacy /find/ search redirects to /search/ nowadays; PDFs and ar5iv get no UI.
    expect(kinds).toEqual(['listing', null, 'search', 'search', 'abs', null, 'html', 'html', null, 'hf-paper']);
  });
});

describe.each(FIXTURE_PAGES)('$file', ({ file, url, kind, ids, firstTitle }) => {
  const doc = load(file, url);
  const detector = detectPage(url)!;

  it(`is a ${kind} page`, () => {
    expect(detector.kind).toBe(kind);
  });

  it(`finds its ${ids.length} papers in page order, with titles and anchors in the page`, () => {
    const papers = detector.findPapers(doc, new URL(url));
    expect(papers.map((p) => p.id)).toEqual(ids);
    expect(papers[0]!.title).toBe(firstTitle);
    for (const paper of papers) expect(doc.contains(paper.anchor)).toBe(true);
  });
});

describe("the sections of arXiv's daily listing", () => {
  it('tells new submissions, cross-lists and replacements apart, with the abstract each shows', () => {
    const url = 'https://arxiv.org/list/cs.LG/new';
    const papers = detectPage(url)!.findPapers(load('pages/listings/list_cs.LG_new.html', url), new URL(url));
    expect(papers.map((p) => p.section)).toEqual(['new', 'new', 'new', 'cross-list', 'cross-list', 'replacement', 'replacement']);
    expect(papers[1]!.abstract!()).toMatch(/^We explore uncertainty quantification in large language models/);
  });

  it("a day-headed list (recent, pastweek) takes each entry's section from arXiv's marker in its dt", () => {
    // The markup of list_macros.html's item_list and type_info, under one of recent.html's day headings.
    const entry = (n: number, id: string, marker: string) => `
      <dt>
        <a name='item${n}'>[${n}]</a>
        <a href ="/abs/${id}" title="Abstract" id="${id}">
          arXiv:${id}
        </a>
        ${marker}
        [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>]
      </dt>
      <dd><div class='meta'><div class='list-title mathjax'><span class='descriptor'>Title:</span>
          Paper ${n}
        </div></div></dd>`;
    const html = `<div id='dlpage'><dl id='articles'><h3>Fri, 7 Jun 2024 (showing 3 of 3 entries )</h3>
      ${entry(1, '2406.04321', '')}
      ${entry(2, '2406.04322', '(cross-list from cs.AI)')}
      ${entry(3, '2405.01234', '(replaced)')}
    </dl></div>`;
    const url = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=25';
    const doc = new JSDOM(html, { url }).window.document;
    const papers = detectPage(url)!.findPapers(doc, new URL(url));
    expect(papers.map((p) => [p.id, p.section])).toEqual([
      ['2406.04321', undefined],
      ['2406.04322', 'cross-list'],
      ['2405.01234', 'replacement'],
    ]);
  });

  it("the past week's cross-lists are known by their markers alone", () => {
    const url = 'https://arxiv.org/list/cs.CL/pastweek';
    const papers = detectPage(url)!.findPapers(load('pages/listings/list_cs.CL_pastweek.html', url), new URL(url));
    expect(papers.map((p) => p.section)).toEqual(['cross-list', undefined, 'cross-list', undefined, 'cross-list']);
  });

  it('a listing without sections or markers gives none', () => {
    const url = 'https://arxiv.org/a/gu_a_1';
    const papers = detectPage(url)!.findPapers(load('pages/listings/author_gu_a_1.html', url), new URL(url));
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.filter((p) => p.section)).toEqual([]);
  });
});

describe('layouts we do not know', () => {
  it('an abstract page without its abstract block yields nothing', () => {
    const doc = load('abs/abs_1902.02534_fetched-2026-07-12.html', 'https://arxiv.org/abs/1902.02534');
    doc.querySelector('blockquote.abstract')!.remove();
    expect(detectPage(doc.URL)!.findPapers(doc, new URL(doc.URL))).toEqual([]);
  });

  it('a listing whose entries lost their abstract links yields nothing', () => {
    const doc = load('pages/listings/list_cs.LG_new.html', 'https://arxiv.org/list/cs.LG/new');
    for (const link of doc.querySelectorAll('a[title="Abstract"]')) link.removeAttribute('title');
    expect(detectPage(doc.URL)!.findPapers(doc, new URL(doc.URL))).toEqual([]);
  });

  it.each(PAGE_DETECTORS.flatMap((d) => d.testUrls.slice(0, 1).map((url) => [d.kind, url] as const)))(
    'a %s URL serving an unrelated page yields nothing',
    (_kind, url) => {
      const doc = new JSDOM('<html><body><h2>Service unavailable</h2><dl><dt>x</dt></dl></body></html>', { url }).window.document;
      expect(detectPage(url)!.findPapers(doc, new URL(url))).toEqual([]);
    },
  );

  it('an abstract page keeps the version of its URL and the id of the page', () => {
    const doc = load('abs/abs_2312.11805v5_live_2025-11.html', 'https://arxiv.org/abs/2312.11805v5');
    const [paper] = detectPage(doc.URL)!.findPapers(doc, new URL(doc.URL));
    expect(paper).toMatchObject({ id: '2312.11805', version: 5 });
  });
});
