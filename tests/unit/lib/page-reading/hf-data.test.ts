import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/pages';
import { hfAbstract } from '@/lib/page-reading/hf-data';
import { keySentenceSummary } from '@/lib/paper/best-summary';

const LIST = { file: 'pages/hf_papers_date_2024-06-03.html', url: 'https://huggingface.co/papers/date/2024-06-03' };
const PAPER = { file: 'pages/hf_paper_2405.20519.html', url: 'https://huggingface.co/papers/2405.20519' };

function load({ file, url }: { file: string; url: string }): Document {
  return new JSDOM(readFileSync(`tests/fixtures/${file}`, 'utf8'), { url }).window.document;
}

function papersOf(page: { file: string; url: string }) {
  const doc = load(page);
  return { doc, papers: detectPage(page.url)!.findPapers(doc, new URL(page.url)) };
}

describe("Hugging Face's page data", () => {
  it("gives a list's rows the abstracts its data holds, as one line of text", () => {
    const { papers } = papersOf(LIST);
    const abstracts = Object.fromEntries(papers.map((p) => [p.id, p.abstract?.()]));
    expect(abstracts['2405.21060']).toMatch(
      /^While Transformers have been the main architecture behind deep learning's success in language modeling, state-space/,
    );
    expect(abstracts['2405.21060']).toMatch(/competitive with Transformers on language modeling\.$/);
    expect(abstracts['2406.02543']).toMatch(/^We explore uncertainty quantification/);
    expect(abstracts['2405.20340']).toMatch(/^This study delves into the realm of multi-modality \(i\.e\., video and motion modalities\)/);
    expect(Object.values(abstracts).every((text) => text && !/\n|\s{2}/.test(text))).toBe(true);
    // The cards do not show it: the row offers to unfold it.
    expect(papers.every((p) => p.abstractHidden)).toBe(true);
  });

  it("gives a list's rows the sentence of their abstract that says what the paper contributes", () => {
    const { papers } = papersOf(LIST);
    const lines = papers.map((p) => keySentenceSummary(p.abstract?.() ?? '', p.title)?.text);
    expect(lines[1]).toBe('To address these problems, we propose neural diffusion models that operate on syntax trees of any context-free grammar.');
    expect(lines.every(Boolean)).toBe(true);
  });

  it("gives a paper page's row the abstract of its paper from the page's data", () => {
    const { papers } = papersOf(PAPER);
    expect(papers.map((p) => p.id)).toEqual(['2405.20519']);
    expect(papers[0]!.abstract!()).toMatch(/^Large language models generate code one token at a time\. Their autoregressive generation process/);
    expect(papers[0]!.abstractHidden).toBeFalsy();
  });

  it('holds no abstract for a paper its data does not name, or data that is not what we know', () => {
    const list = load(LIST);
    const data = list.querySelector('[data-target="DailyPapers"]')!;
    data.setAttribute('data-props', data.getAttribute('data-props')!.replace('"summary"', '"abstract"'));
    expect(hfAbstract(list, '2405.21060')).toBeUndefined();
    expect(hfAbstract(list, '2405.20519')).toMatch(/^Large language models/);
    const doc = load(PAPER);
    expect(hfAbstract(doc, '2405.21060')).toBeUndefined();
    const paper = doc.querySelector('[data-target="PaperContent"]')!;
    paper.setAttribute('data-props', '{"paper": {"id": "2405.20519", "summary": ["not text"]}}');
    expect(hfAbstract(doc, '2405.20519')).toBeUndefined();
    paper.setAttribute('data-props', '{"paper": ');
    expect(hfAbstract(doc, '2405.20519')).toBeUndefined();
    paper.setAttribute('data-props', '{"dailyPapers": [null, {"paper": {"id": "2405.20519", "summary": " New  data, read again. "}}]}');
    expect(hfAbstract(doc, '2405.20519')).toBe('New data, read again.');
  });
});
