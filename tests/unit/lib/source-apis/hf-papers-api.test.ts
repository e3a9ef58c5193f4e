import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HF_DAILY_SOURCE, parseHfDailyPage, parseHfDailyPapers, parseHfPaper } from '@/lib/source-apis/hf-papers-api';
import { SourceError } from '@/lib/source-apis/source-error';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/apis/${name}`, import.meta.url), 'utf8');

/** The quoted 2026 item, the one answer we have with `ai_summary` and the other newer fields. */
const item2026 = () => JSON.parse(fixture('hf/hf-daily-papers-item-2026-03.json')) as { paper: Record<string, unknown> } & Record<string, unknown>;

describe('parseHfDailyPapers: the 2026 item with an AI summary', () => {
  const [paper, ...rest] = parseHfDailyPapers(`[${fixture('hf/hf-daily-papers-item-2026-03.json')}]`);

  it('reads the metadata', () => {
    expect(rest).toEqual([]);
    expect(paper).toMatchObject({
      id: '2602.23229',
      title: 'Large Multimodal Models as General In-Context Classifiers',
      authors: ['Marco Garosi', 'Matteo Farina', 'Alessandro Conti', 'Massimiliano Mancini', 'Elisa Ricci'],
      published: '2026-02-26T17:08:18.000Z',
      upvotes: 10,
      github: { url: 'https://github.com/marco-garosi/CIRCLE', stars: 9 },
      projectPage: 'https://circle-lmm.github.io/',
    });
    expect(paper?.abstract).toMatch(/^Which multimodal model should we use for classification\? .* a flexible alternative to specialized models\.$/);
  });

  it('keeps the AI summary, labelled as machine-written', () => {
    expect(paper?.summaries).toEqual([
      {
        source: HF_DAILY_SOURCE,
        sourceUrl: 'https://huggingface.co/papers/2602.23229',
        date: '2026-03-06T03:55:12.777Z',
        text: 'Large Multimodal Models demonstrate superior performance in closed-world classification with in-context learning and excel in open-world scenarios when equipped with context refinement techniques.',
        generated: true,
      },
    ]);
  });

  it('turns the 9 AI keywords into lower-case tags', () => {
    expect(paper?.tags).toEqual([
      'vision-language models',
      'large multimodal models',
      'zero-shot classification',
      'in-context learning',
      'open-world classification',
      'cache-based adapters',
      'circle',
      'pseudo-labeling',
      'context refinement',
    ]);
  });

  it('names the model when Hugging Face does', () => {
    // Adapted: the field and its value as a scraped paper page shows them (2407.13168).
    const item = item2026();
    item.paper.ai_summary_model = 'Qwen/Qwen2.5-Coder-32B-Instruct';
    expect(parseHfDailyPapers(JSON.stringify([item]))[0]?.summaries[0]?.model).toBe('Qwen/Qwen2.5-Coder-32B-Instruct');
  });

  it('dates the summary by the item when the paper has no submission date', () => {
    const item = item2026();
    delete item.paper.submittedOnDailyAt;
    expect(parseHfDailyPapers(JSON.stringify([item]))[0]?.summaries[0]?.date).toBe('2026-02-26T12:08:18.000Z');
  });
});

describe('parseHfDailyPapers: the list of 2024-10-25, before AI summaries', () => {
  const papers = parseHfDailyPapers(fixture('hf/hf-daily-papers.json'));

  it('gives the 29 papers with their metadata and no summaries', () => {
    expect(papers).toHaveLength(29);
    expect(new Set(papers.map((p) => p.id)).size).toBe(29);
    for (const paper of papers) {
      expect(paper.summaries).toEqual([]);
      expect(paper.tags).toEqual([]);
      expect(paper.title).toMatch(/\S/);
      expect(paper.authors?.length).toBeGreaterThan(0);
      expect(paper.abstract).not.toMatch(/\n/);
      expect(paper).not.toHaveProperty('github');
    }
    expect(papers[0]).toMatchObject({ id: '2410.17243', published: '2024-10-22T17:59:30.000Z' });
    expect(papers[28]?.title).toBe('Multi-Draft Speculative Sampling: Canonical Architectures and Theoretical Limits');
  });

  it('takes the cleaned title and leaves hidden authors out', () => {
    expect(papers.find((p) => p.id === '2410.17897')).toMatchObject({
      title: 'Value Residual Learning For Alleviating Attention Concentration In Transformers',
      authors: ['Tianyi Wu', 'Zhiyun Jiang', 'Zhenzhong Lan'],
      upvotes: 5,
    });
  });
});

describe('parseHfDailyPage: a page and how many items it held', () => {
  it('counts every item Hugging Face sent, the unreadable ones too, so paging can tell a full page', () => {
    const items = JSON.parse(fixture('hf/hf-daily-papers.json')) as { paper: { id: string } }[];
    // The real list of 2024-10-25, one item's id made one no arXiv paper has.
    items[0]!.paper.id = 'not-an-arxiv-id';
    const page = parseHfDailyPage(JSON.stringify(items));
    expect(page.items).toBe(29);
    expect(page.papers).toHaveLength(28);
    expect(page.papers).toEqual(parseHfDailyPapers(JSON.stringify(items)));
  });
});

describe('parseHfPaper', () => {
  // Adapted: `/api/papers/<id>` answers with the object found at `daily_papers[].paper`.
  it('reads the paper object of /api/papers/<id>', () => {
    const paper = parseHfPaper(JSON.stringify(item2026().paper));
    expect(paper).toMatchObject({ id: '2602.23229', upvotes: 10, github: { stars: 9 } });
    expect(paper.summaries[0]).toMatchObject({ date: '2026-03-06T03:55:12.777Z', generated: true });
  });

  it('folds the hard line breaks of the paper title', () => {
    const [first] = JSON.parse(fixture('hf/hf-daily-papers.json')) as { paper: unknown }[];
    expect(parseHfPaper(JSON.stringify(first?.paper)).title).toBe(
      'Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss',
    );
  });

  it('leaves the summary undated without a submission date', () => {
    const { paper } = item2026();
    delete paper.submittedOnDailyAt;
    expect(parseHfPaper(JSON.stringify(paper)).summaries[0]).not.toHaveProperty('date');
  });
});

describe('what the conversion keeps out', () => {
  const convert = (change: (paper: Record<string, unknown>, item: Record<string, unknown>) => void) => {
    const item = item2026();
    change(item.paper, item);
    return parseHfDailyPapers(JSON.stringify([item]));
  };

  it('returns hostile strings as the literal text they are', () => {
    const [paper] = convert((paper, item) => {
      item.title = '<img src=x onerror=alert(1)>';
      paper.ai_summary = '<script>alert(1)</script> &amp;';
    });
    expect(paper?.title).toBe('<img src=x onerror=alert(1)>');
    expect(paper?.summaries[0]?.text).toBe('<script>alert(1)</script> &amp;');
  });

  it('drops links that are not https, and keeps the paper', () => {
    const [paper] = convert((paper) => {
      paper.githubRepo = 'http://github.com/marco-garosi/CIRCLE';
      paper.projectPage = 'javascript:alert(1)';
    });
    expect(paper?.id).toBe('2602.23229');
    expect(paper).not.toHaveProperty('github');
    expect(paper).not.toHaveProperty('projectPage');
  });

  it('dedupes tags, drops over-long ones and keeps at most 30', () => {
    const [paper] = convert((paper) => {
      paper.ai_keywords = ['In-Context  Learning', 'in-context learning', 'x'.repeat(49), ...Array.from({ length: 40 }, (_, i) => `k${i}`)];
    });
    expect(paper?.tags).toHaveLength(30);
    expect(paper?.tags.slice(0, 2)).toEqual(['in-context learning', 'k0']);
  });

  it('keeps a paper without AI summary, with no summaries', () => {
    const [paper] = convert((paper) => {
      paper.ai_summary = '  ';
    });
    expect(paper).toMatchObject({ id: '2602.23229', summaries: [] });
  });

  it('skips an item that names no arXiv paper, or has no usable shape', () => {
    const good = item2026();
    const noId = item2026();
    noId.paper.id = 'not-an-id';
    expect(parseHfDailyPapers(JSON.stringify([noId, { paper: { title: 'no id' } }, good])).map((p) => p.id)).toEqual(['2602.23229']);
    expect(() => parseHfPaper(JSON.stringify(noId.paper))).toThrow(SourceError);
  });

  it('gives no papers for an empty day', () => {
    expect(parseHfDailyPapers('[]')).toEqual([]);
  });
});

describe('answers that cannot be used', () => {
  const errorBody = fixture('hf/hf-datasets-rows-404.json');
  const cases: [string, string, RegExp][] = [
    ['an HTML error page', '<!DOCTYPE html>\n<html><head><title>429</title></head><body>Too Many Requests</body></html>', /web page/],
    ['truncated JSON', fixture('hf/hf-daily-papers.json').slice(0, 5_000), /broken JSON/],
    ['an empty body', '', /broken JSON/],
    ['an {"error"} body', errorBody, /^Hugging Face answered with an error: The dataset does not exist, or is not accessible without authentication/],
  ];

  it.each(cases)('refuses %s', (_, text, message) => {
    expect(() => parseHfDailyPapers(text)).toThrow(SourceError);
    expect(() => parseHfDailyPapers(text)).toThrow(message);
    expect(() => parseHfPaper(text)).toThrow(message);
  });

  it('refuses an object where a list is expected, and a list where a paper is', () => {
    expect(() => parseHfDailyPapers(JSON.stringify(item2026().paper))).toThrow(/other than a list of papers/);
    expect(() => parseHfPaper(fixture('hf/hf-daily-papers.json'))).toThrow(SourceError);
  });

  it('refuses a list in which no item has the known shape', () => {
    expect(() => parseHfDailyPapers('[{"id":"2410.17243"},{"paper":{"id":1}}]')).toThrow(/unknown shape/);
  });
});
