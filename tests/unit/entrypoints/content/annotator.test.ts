// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type Lifecycle } from '@/entrypoints/content/annotator';
import { applyEarlyAnswers, earlyAnswers } from '@/entrypoints/content/early-answers';
import { createPageState, type PageState } from '@/lib/page-view/page-state';
import { NO_FILTERS } from '@/lib/page-view/list-filters';
import { sendMessage, type AbstractAnswer } from '@/lib/messaging';
import { KEY_SENTENCE_SOURCE } from '@/lib/paper/best-summary';
import { CROCI_ABSTRACT } from '../../helpers/abstracts';
import { paperOfUrl } from '@/lib/pages';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';
import { FIXTURE_PAGES, type FixturePage } from '../../../fixtures/pages';
import { generateListing, monthIds } from '../../../fixtures/generate-listing';
import { FakeIntersectionObserver, openHtml, openPage, paperInfo, summarized } from './page';
import { userClick } from '../../helpers/user-click';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

/** Papers the fake background knows a summary for. */
const SUMMARIZED = new Set(['2406.02543', '2405.20519']);

const fixture = (file: string): FixturePage => FIXTURE_PAGES.find((p) => p.file === file)!;
const LISTING = fixture('pages/listings/list_cs.LG_new.html');
const TITLES_ONLY = fixture('pages/listings/list_cs.CL_pastweek.html');
const CROCI = fixture('abs/abs_1902.02534_fetched-2026-07-12.html');
/** A title-only list longer than the first screens of rows drawn. */
const LONG_TITLES_ONLY = (ids: string[]) => ({ html: generateListing(ids), url: 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=25' });
const ABS = fixture('abs/abs_2405.20519_derived-from-2026-07-12.html');
const HTML = fixture('pages/html_2405.20519v2.html');
const HF_PAPER = fixture('pages/hf_paper_2405.20519.html');
const HF_LIST = fixture('pages/hf_papers_date_2024-06-03.html');

interface LookupRequest {
  ids: string[];
  titles: Record<string, string>;
  page?: string;
}

/** What the page asked about papers: the paper of a paper page's URL as it opened, then lookups. */
const lookups = () =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([type]) => type === 'lookup' || type === 'pageOpened')
    .map(([type, data]) => (type === 'pageOpened' ? { url: data } : (data as LookupRequest)));

/** Whether the fake background has a sharded feed to fetch a list's months for. */
let feedSubscribed = true;
/** The papers a list named, while it was parsed, for the months of a sharded feed: one list a message. */
const shardHints = () =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([type]) => type === 'prefetchShards')
    .map(([, data]) => (data as { ids: string[] }).ids);

/** What the fake background answers for the abstracts of title-only rows. */
let answerAbstracts: (ids: string[]) => Promise<Record<string, AbstractAnswer>> = async () => ({});
const abstractsAsked = () =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([type]) => type === 'abstracts')
    .map(([, data]) => (data as { ids: string[] }).ids);

function answerLookup({ ids }: LookupRequest): LookupResponse {
  const answer: LookupResponse = {};
  for (const id of ids) answer[id] = SUMMARIZED.has(id) ? summarized() : paperInfo();
  return answer;
}
const hosts = (role: string) => [...document.querySelectorAll<HTMLElement>(`[data-arxiv-lens="${role}"]`)];
const idsOf = (elements: HTMLElement[]) => elements.map((h) => h.dataset.paperId);
const ready = () => document.documentElement.dataset.arxivLensReady;
const rendered = (host: HTMLElement) => (host.shadowRoot?.querySelector('.lens-root')?.childElementCount ?? 0) > 0;
/** lens.css given to the host's shadow root, as an adopted sheet or a style element (hosts.ts); this DOM starts without adoptedStyleSheets. */
const styled = (host: HTMLElement) =>
  host.shadowRoot!.querySelector('style') !== null || ((host.shadowRoot!.adoptedStyleSheets as CSSStyleSheet[] | undefined)?.length ?? 0) > 0;
const barText = (count: string) => hosts('bar')[0]?.shadowRoot?.querySelector(`[data-count="${count}"]`)?.textContent;
const hiddenEntries = () => [...document.querySelectorAll('.arxiv-lens-hidden')];

let ends: (() => void)[] = [];

function annotate(page: FixturePage | { html: string; url: string }) {
  if ('html' in page) openHtml(page.html, page.url);
  else openPage(page.file, page.url);
  const ctx: Lifecycle = { isInvalid: false, onInvalidated: (end) => (ends.push(end), () => undefined) };
  const state = createPageState(DEFAULT_PREFERENCES);
  return { state, annotator: createAnnotator(ctx, state) };
}

function dtOf(id: string): Element {
  return document.querySelector(`[data-paper-id="${id}"]`)!.closest('dt')!;
}

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  FakeIntersectionObserver.near = () => true;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.mocked(sendMessage).mockReset();
  vi.mocked(sendMessage).mockImplementation((async (type: string, data?: unknown) => {
    if (type === 'lookup') return answerLookup(data as LookupRequest);
    if (type === 'pageOpened') {
      const paper = paperOfUrl(data as string);
      return { preferences: DEFAULT_PREFERENCES, lookup: paper ? answerLookup({ ids: [paper.id], titles: {} }) : undefined };
    }
    if (type === 'listOpened') return { seenBefore: [], dismissed: [] };
    if (type === 'rankList') return { ranked: false, results: [] };
    if (type === 'abstracts') return answerAbstracts((data as { ids: string[] }).ids);
    if (type === 'prefetchShards') return feedSubscribed;
    return type === 'sourcesOffer' ? false : undefined;
  }) as typeof sendMessage);
});

afterEach(() => {
  answerAbstracts = async () => ({});
  feedSubscribed = true;
  ends.forEach((end) => end());
  ends = [];
  vi.unstubAllGlobals();
});

describe('a pass over a listing', () => {
  it('mounts one open row host per paper, in page order, beside its links, and marks the page ready', async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    const rows = hosts('row');
    expect(idsOf(rows)).toEqual(LISTING.ids);
    for (const row of rows) {
      expect(row.parentElement!.tagName).toBe('DT');
      expect(row.shadowRoot).not.toBeNull();
    }
    expect(ready()).toBe(String(LISTING.ids.length));
    expect(Number(document.documentElement.dataset.arxivLensMs)).toBeGreaterThan(0);
    expect(hosts('bar')).toHaveLength(1);
    expect(barText('papers')).toBe(`${LISTING.ids.length} papers`);
    expect(barText('summarized')).toBe('2 summarized');
  });

  it('asks for every paper in one lookup that names the page kind and carries the titles', async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    expect(lookups()).toHaveLength(1);
    expect(lookups()[0]).toMatchObject({ ids: LISTING.ids, page: 'listing', titles: { [LISTING.ids[0]!]: LISTING.firstTitle } });
  });

  it('a change that names its papers is looked up for those of them on the page alone, and one naming none of them asks nothing', async () => {
    const { annotator, state } = annotate(LISTING);
    await annotator.run();
    const [changed, kept] = LISTING.ids;
    const keptInfo = state.info(kept!);
    SUMMARIZED.add(changed!);
    try {
      await annotator.changed({ papers: [changed!, '0704.0001'], ranking: false });
      await annotator.changed({ papers: ['0704.0001'], ranking: false });
    } finally {
      SUMMARIZED.delete(changed!);
    }
    expect(lookups().slice(1)).toEqual([{ ids: [changed], titles: { [changed!]: expect.any(String) } }]);
    expect(state.info(changed!).summaries).not.toEqual([]);
    expect(state.info(kept!)).toBe(keptInfo);
    expect(state.allInfo().size).toBe(new Set(LISTING.ids).size);
  });

  it('a second pass mounts nothing new and keeps the hosts it has', async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    const before = hosts('row');
    const bar = hosts('bar')[0];
    await annotator.run();
    const after = hosts('row');
    expect(after).toHaveLength(before.length);
    after.forEach((host, i) => expect(host).toBe(before[i]));
    expect(hosts('bar')).toEqual([bar]);
    expect(ready()).toBe(String(LISTING.ids.length));
  });

  it('an entry the page removes is gone from the hosts and the counts after the next pass', async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    const [, removed, ...rest] = LISTING.ids;
    const dt = dtOf(removed!);
    dt.nextElementSibling!.remove();
    dt.remove();
    await annotator.run();
    expect(idsOf(hosts('row'))).toEqual([LISTING.ids[0], ...rest]);
    expect(ready()).toBe(String(LISTING.ids.length - 1));
    await vi.waitFor(() => expect(barText('papers')).toBe(`${LISTING.ids.length - 1} papers`));
  });

  it("an entry that now names another paper gets that paper's host in place of the old one", async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    const dt = dtOf(LISTING.ids[0]!);
    dt.querySelector('a[title="Abstract"]')!.setAttribute('href', '/abs/2401.00001');
    await annotator.run();
    expect(idsOf([...dt.querySelectorAll<HTMLElement>('[data-arxiv-lens="row"]')])).toEqual(['2401.00001']);
    expect(hosts('row')).toHaveLength(LISTING.ids.length);
  });

  it('gives a row its host, rendered, only once its entry nears the viewport; every paper is counted and filtered from the start', async () => {
    const { state, annotator } = annotate(LISTING);
    const onScreen = [...document.querySelectorAll('#dlpage dt')].slice(0, 2);
    FakeIntersectionObserver.near = (element) => onScreen.includes(element);
    await annotator.run();
    const hosted = idsOf(hosts('row'));
    expect(hosted).toEqual(expect.arrayContaining(LISTING.ids.slice(0, 2)));
    expect(hosted).not.toContain(LISTING.ids.at(-1));
    expect(ready()).toBe(String(LISTING.ids.length));
    expect(barText('papers')).toBe(`${LISTING.ids.length} papers`);
    // In the page's layout and styled from the commit that renders it.
    expect(hosts('row').filter((host) => host.hidden || !styled(host) || !rendered(host))).toEqual([]);
    // A filter reaches the entries that have no host yet.
    state.setFilters({ ...NO_FILTERS, summarizedOnly: true });
    const unsummarized = LISTING.ids.filter((id) => !SUMMARIZED.has(id));
    await vi.waitFor(() => expect(hiddenEntries()).toHaveLength(unsummarized.length * 2));
    expect(unsummarized.filter((id) => !hosted.includes(id)).length).toBeGreaterThan(0);
    state.setFilters(NO_FILTERS);
    FakeIntersectionObserver.instances[0]!.scrollAll();
    await vi.waitFor(() => expect(hosts('row').filter(rendered)).toHaveLength(LISTING.ids.length));
    expect(idsOf(hosts('row'))).toEqual(LISTING.ids);
  });

  it('a row keeps its open tag field, and what is typed in it, when the rows above it are revealed', async () => {
    const { annotator } = annotate(LISTING);
    const lastEntries = [...document.querySelectorAll('#dlpage dt')].slice(-2);
    FakeIntersectionObserver.near = (element) => lastEntries.includes(element);
    await annotator.run();
    const row = hosts('row').find((host) => host.dataset.paperId === LISTING.ids.at(-1))!;
    await vi.waitFor(() => expect(rendered(row)).toBe(true));
    userClick(row.shadowRoot!.querySelector('[aria-label="Add a tag"]')!);
    await vi.waitFor(() => expect(row.shadowRoot!.querySelector('input')).not.toBeNull());
    const field = row.shadowRoot!.querySelector('input')!;
    FakeIntersectionObserver.instances[0]!.scrollAll();
    await vi.waitFor(() => expect(hosts('row').filter(rendered)).toHaveLength(LISTING.ids.length));
    expect(row.shadowRoot!.querySelector('input')).toBe(field);
  });

  it("the bar's filter hides exactly the entries of papers without a summary", async () => {
    const { state, annotator } = annotate(LISTING);
    await annotator.run();
    state.setFilters({ ...NO_FILTERS, summarizedOnly: true });
    const unsummarized = LISTING.ids.filter((id) => !SUMMARIZED.has(id));
    await vi.waitFor(() => expect(hiddenEntries()).toHaveLength(unsummarized.length * 2));
    for (const id of unsummarized) expect(dtOf(id).classList.contains('arxiv-lens-hidden')).toBe(true);
    for (const id of SUMMARIZED) expect(dtOf(id).classList.contains('arxiv-lens-hidden')).toBe(false);
  });

  it('a page kind the user turns off loses its hosts and bar, and no entry stays hidden', async () => {
    const { state, annotator } = annotate(LISTING);
    await annotator.run();
    state.setFilters({ ...NO_FILTERS, summarizedOnly: true });
    await vi.waitFor(() => expect(hiddenEntries().length).toBeGreaterThan(0));
    state.setPreferences({ ...DEFAULT_PREFERENCES, enabledKinds: DEFAULT_PREFERENCES.enabledKinds.filter((k) => k !== 'listing') });
    await annotator.run();
    expect(hosts('row')).toEqual([]);
    expect(hosts('bar')).toEqual([]);
    expect(hiddenEntries()).toEqual([]);
    expect(ready()).toBe('0');
  });

  it('takes everything it added with it when the extension goes away', async () => {
    const { state, annotator } = annotate(LISTING);
    await annotator.run();
    state.setFilters({ ...NO_FILTERS, summarizedOnly: true });
    await vi.waitFor(() => expect(hiddenEntries().length).toBeGreaterThan(0));
    ends.forEach((end) => end());
    ends = [];
    expect(document.querySelectorAll('arxiv-lens')).toHaveLength(0);
    expect(hiddenEntries()).toEqual([]);
  });
});

/**
 * Takes out everything the parser has not reached yet: the nodes after `last`, up every one of its
 * ancestors, as a page parsed up to `last` holds. The returned step puts them back, the page parsed.
 */
function parsedUpTo(last: Element): () => void {
  const held: { parent: Node; nodes: Node[] }[] = [];
  for (let node: Node | null = last; node?.parentNode; node = node.parentNode) {
    const nodes: Node[] = [];
    for (let next = node.nextSibling; next; next = next.nextSibling) nodes.push(next);
    nodes.forEach((n) => n.parentNode!.removeChild(n));
    held.push({ parent: node.parentNode, nodes });
  }
  return () => held.forEach(({ parent, nodes }) => nodes.forEach((n) => parent.appendChild(n)));
}

describe('a list still parsed', () => {
  const ids = monthIds(30);
  const url = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=25';

  /** A listing parsed up to the `dt` of its tenth entry: nine entries are complete. */
  function parsing() {
    const page = annotate({ html: generateListing(ids), url });
    const parse = parsedUpTo(document.querySelectorAll('#dlpage dt')[9]!);
    let readyState: DocumentReadyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    return {
      ...page,
      parsed() {
        parse();
        readyState = 'interactive';
        document.dispatchEvent(new Event('readystatechange'));
      },
    };
  }

  afterEach(() => vi.restoreAllMocks());

  it('the rows of the entries parsed are rendered before the page is, from a lookup of those entries alone', async () => {
    const { annotator, parsed } = parsing();
    FakeIntersectionObserver.near = () => false;
    const first = annotator.firstScreen(Promise.resolve());
    await vi.waitFor(() => expect(idsOf(hosts('row'))).toEqual(ids.slice(0, 9)));
    await vi.waitFor(() => expect(hosts('row').filter((host) => host.hidden || !rendered(host))).toEqual([]));
    expect(document.documentElement.dataset.arxivLensFirstScreenMs).toBeDefined();
    expect(lookups()).toEqual([{ ids: ids.slice(0, 9), titles: expect.any(Object) }]);
    expect(ready()).toBeUndefined();
    parsed();
    await first;
  });

  it('the full pass once the page is parsed keeps those rows: exactly one row per entry', async () => {
    const { annotator, parsed } = parsing();
    const first = annotator.firstScreen(Promise.resolve());
    await vi.waitFor(() => expect(hosts('row')).toHaveLength(9));
    const early = hosts('row');
    parsed();
    await first;
    await annotator.run();
    const rows = hosts('row');
    expect(idsOf(rows)).toEqual(ids);
    early.forEach((host, i) => expect(rows[i]).toBe(host));
    expect(ready()).toBe(String(ids.length));
    expect(barText('papers')).toBe(`${ids.length} papers`);
  });

  /** A listing of five months, the last in its last entries, parsed up to its tenth entry, then its twentieth, then whole. */
  function parsingMonths() {
    const months = [...monthIds(4, '2401'), ...monthIds(4, '2402'), ...monthIds(4, '2403'), ...monthIds(16, '2404'), ...monthIds(2, '2405')];
    const page = annotate({ html: generateListing(months), url });
    const entries = document.querySelectorAll('#dlpage dt');
    const toWhole = parsedUpTo(entries[19]!);
    const toTwentieth = parsedUpTo(entries[9]!);
    let readyState: DocumentReadyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    return {
      ...page,
      parsedTo20: toTwentieth,
      parsed() {
        toWhole();
        readyState = 'interactive';
      },
    };
  }

  it('tells the background a paper of each month the list reaches as it is parsed, each month once', async () => {
    const { annotator, parsedTo20, parsed } = parsingMonths();
    const first = annotator.firstScreen(Promise.resolve());
    // The first entry's month alone until the background says it fetches shards, then the others parsed.
    await vi.waitFor(() => expect(shardHints()).toEqual([['2401.00001'], ['2402.00001', '2403.00001']]));
    parsedTo20();
    await vi.waitFor(() => expect(shardHints()).toEqual([['2401.00001'], ['2402.00001', '2403.00001'], ['2404.00001']]));
    parsed();
    await first;
    await annotator.run();
    // The month no look reached is named by the first pass, before its lookup.
    expect(shardHints()).toEqual([['2401.00001'], ['2402.00001', '2403.00001'], ['2404.00001'], ['2405.00001']]);
    const sent = vi.mocked(sendMessage).mock.calls.map(([type]) => type);
    expect(sent.lastIndexOf('prefetchShards')).toBeLessThan(sent.lastIndexOf('lookup'));
    expect(lookups().at(-1)).toMatchObject({ ids: expect.arrayContaining(['2405.00002']) });
    await annotator.run();
    expect(shardHints()).toHaveLength(4);
  });

  it('names one month alone, and no more once the background says it has no sharded feed to fetch them for', async () => {
    feedSubscribed = false;
    const { annotator, parsedTo20, parsed } = parsingMonths();
    const first = annotator.firstScreen(Promise.resolve());
    await vi.waitFor(() => expect(shardHints()).toEqual([['2401.00001']]));
    parsedTo20();
    // Several looks at the list while it is parsed further.
    await new Promise((resolve) => setTimeout(resolve, 100));
    parsed();
    await first;
    await annotator.run();
    expect(shardHints()).toHaveLength(1);
  });

  it('a page kind the user turned off gets nothing while it is parsed', async () => {
    const { annotator, state, parsed } = parsing();
    state.setPreferences({ ...DEFAULT_PREFERENCES, enabledKinds: DEFAULT_PREFERENCES.enabledKinds.filter((kind) => kind !== 'listing') });
    const first = annotator.firstScreen(Promise.resolve());
    parsed();
    await first;
    expect(hosts('row')).toEqual([]);
    expect(lookups()).toEqual([]);
    expect(shardHints()).toEqual([]);
  });
});

describe('paper pages', () => {
  async function annotatePaperPage(page: FixturePage): Promise<PageState> {
    const { state, annotator } = annotate(page);
    await annotator.run(earlyAnswers(location.href).lookup);
    return state;
  }

  it.each([
    { page: ABS, anchor: 'blockquote.abstract', where: 'last' },
    { page: HTML, anchor: 'article.ltx_document', where: 'first' },
  ])('$page.kind: exactly one panel, in its place, with the early answer and no second lookup', async ({ page, anchor, where }) => {
    await annotatePaperPage(page);
    const panels = hosts('panel');
    expect(idsOf(panels)).toEqual(page.ids);
    expect(panels[0]!.parentElement!.matches(anchor)).toBe(true);
    expect(where === 'first' ? panels[0]!.previousElementSibling : panels[0]!.nextElementSibling).toBeNull();
    expect(panels[0]!.shadowRoot!.querySelector('[data-summary-source="AI Timeline"]')).not.toBeNull();
    expect(lookups()).toEqual([{ url: page.url }]);
    expect(ready()).toBe('1');
  });

  it("an HTML paper's panel is the compact one, an abstract page's is not", async () => {
    await annotatePaperPage(HTML);
    expect(hosts('panel')[0]!.shadowRoot!.querySelector('.lens-compact')).not.toBeNull();
    await annotatePaperPage(ABS);
    expect(hosts('panel')[0]!.shadowRoot!.querySelector('.lens-panel:not(.lens-compact)')).not.toBeNull();
  });

  it("offers the opt-in sources in the panel's first render when the page's first answer says to, without asking again", async () => {
    const answer = vi.mocked(sendMessage).getMockImplementation()!;
    vi.mocked(sendMessage).mockImplementation((async (type: string, data?: unknown) => {
      const answered = await (answer as (type: string, data?: unknown) => Promise<unknown>)(type, data);
      return type === 'pageOpened' ? { ...(answered as object), sourcesOffer: true } : answered;
    }) as typeof sendMessage);
    const { state, annotator } = annotate(ABS);
    const early = earlyAnswers(location.href);
    await applyEarlyAnswers(early, state);
    await annotator.run(early.lookup);
    expect(hosts('panel')[0]!.shadowRoot!.querySelector('[data-sources-offer]')).not.toBeNull();
    expect(vi.mocked(sendMessage).mock.calls.filter(([type]) => type === 'sourcesOffer')).toHaveLength(0);
  });

  it('a second pass leaves the one panel as it is', async () => {
    const { annotator } = annotate(ABS);
    await annotator.run(earlyAnswers(location.href).lookup);
    const [panel] = hosts('panel');
    await annotator.run();
    expect(hosts('panel')).toEqual([panel]);
  });

  it('a paper without a summary in the early answer is asked again with the title the page shows', async () => {
    const crociPage = fixture('abs/abs_1902.02534_fetched-2026-07-12.html');
    await annotatePaperPage(crociPage);
    expect(lookups()).toEqual([{ url: crociPage.url }, { ids: ['1902.02534'], titles: { '1902.02534': crociPage.firstTitle }, page: 'abs' }]);
    expect(hosts('panel')).toHaveLength(1);
  });

  it('a Hugging Face paper page asks for its paper from the URL and gets one row', async () => {
    await annotatePaperPage(HF_PAPER);
    expect(lookups()).toEqual([{ url: HF_PAPER.url }]);
    expect(idsOf(hosts('row'))).toEqual(['2405.20519']);
    expect(hosts('panel')).toEqual([]);
  });

  it('a list is not looked up before it is parsed', () => {
    expect(earlyAnswers(LISTING.url).lookup).toBeUndefined();
    expect(earlyAnswers('https://huggingface.co/papers/date/2024-06-03').lookup).toBeUndefined();
  });
});

/** A drawn host's one line: its source, its text, what it is labelled. */
function lineOf(id: string, role = 'row') {
  const host = document.querySelector(`[data-arxiv-lens="${role}"][data-paper-id="${id}"]`)!;
  const line = host.shadowRoot!.querySelector(role === 'row' ? '.lens-line' : '[data-summary-source]');
  if (!line) return null;
  return {
    source: line.getAttribute('data-summary-source'),
    text: line.querySelector(role === 'row' ? '.lens-line-text' : '.lens-paragraph')!.textContent!,
    label: line.querySelector('.lens-ai')?.textContent ?? null,
    toggle: line.querySelector<HTMLElement>('[data-action="abstract"]'),
    unfolded: line.querySelector('[data-abstract]')?.textContent ?? null,
  };
}

describe('one line per paper', () => {
  it('a listing that shows abstracts: each drawn row without a summary shows its key sentence, labelled, and asks the background nothing for it', async () => {
    const { annotator } = annotate(LISTING);
    await annotator.run();
    const entries = new Map(
      [...document.querySelectorAll('#dlpage dt')].map((dt) => [dt.querySelector('a[title="Abstract"]')!.id, dt.nextElementSibling]),
    );
    const shown = LISTING.ids.filter((id) => entries.get(id)?.querySelector('p.mathjax'));
    // arXiv's daily list shows every entry's abstract.
    expect(shown).toEqual(LISTING.ids);
    for (const id of shown) {
      const line = lineOf(id)!;
      if (SUMMARIZED.has(id)) {
        expect(line).toMatchObject({ source: 'AI Timeline', label: null });
        continue;
      }
      const abstract = entries.get(id)!.querySelector('p.mathjax')!.textContent!.replace(/\s+/g, ' ');
      expect(line).toMatchObject({ source: KEY_SENTENCE_SOURCE, label: 'not AI-generated', toggle: null });
      expect(abstract).toContain(line.text.replace(/…$/, ''));
    }
    // Every entry shows its abstract, so no row asks the background for one.
    expect(abstractsAsked()).toEqual([]);
  });

  it('a title-only list asks for the abstracts of the rows drawn, in one message, and the next screen in the next', async () => {
    const ids = monthIds(20, '2407');
    const { annotator } = annotate(LONG_TITLES_ONLY(ids));
    const onScreen = [...document.querySelectorAll('#dlpage dt')].slice(0, 1);
    FakeIntersectionObserver.near = (element) => onScreen.includes(element);
    await annotator.run();
    const drawn = idsOf(hosts('row').filter(rendered));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(ids.length);
    await vi.waitFor(() => expect(abstractsAsked()).toEqual([drawn]));
    FakeIntersectionObserver.instances[0]!.scrollAll();
    await vi.waitFor(() => expect(abstractsAsked()).toEqual([drawn, ids.filter((id) => !drawn.includes(id))]));
  });

  it("a Hugging Face list's rows show the key sentence of the abstract in the page's data, and ask nothing of arXiv: it would learn what the reader views elsewhere", async () => {
    const { annotator } = annotate(HF_LIST);
    await annotator.run();
    expect(hosts('row').filter(rendered).length).toBe(4);
    const line = lineOf('2405.21060')!;
    expect(line).toMatchObject({ source: KEY_SENTENCE_SOURCE, label: 'not AI-generated', unfolded: null });
    expect(line.text).toMatch(/^Our state space duality \(SSD\) framework allows us to design a new architecture \(Mamba-2\)/);
    // The card does not show the abstract: the row unfolds it.
    userClick(line.toggle!);
    await vi.waitFor(() => expect(lineOf('2405.21060')!.unfolded).toMatch(/^While Transformers have been the main architecture/));
    // A summary comes before it.
    expect(lineOf('2405.20519')).toMatchObject({ source: 'AI Timeline' });
    expect(lineOf('2405.20340')).toMatchObject({ source: KEY_SENTENCE_SOURCE });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(abstractsAsked()).toEqual([]);
  });

  it("a Hugging Face paper page's row shows the key sentence of the abstract in the page's data, which the page shows already", async () => {
    SUMMARIZED.delete('2405.20519');
    try {
      const { annotator } = annotate(HF_PAPER);
      await annotator.run(earlyAnswers(location.href).lookup);
      await vi.waitFor(() => expect(lineOf('2405.20519')).not.toBeNull());
      const line = lineOf('2405.20519')!;
      expect(line).toMatchObject({ source: KEY_SENTENCE_SOURCE, label: 'not AI-generated', toggle: null });
      expect(line.text).toBe(
        'To address these problems, we propose neural diffusion models that operate on syntax trees of any context-free grammar.',
      );
      expect(abstractsAsked()).toEqual([]);
    } finally {
      SUMMARIZED.add('2405.20519');
    }
  });

  it('a title-only row shows the key sentence of the abstract the background sends, and unfolds that abstract as text', async () => {
    const [known, unknown, unanswered] = TITLES_ONLY.ids;
    answerAbstracts = async () => ({ [known!]: { text: CROCI_ABSTRACT, version: 2 }, [unknown!]: null });
    const { annotator } = annotate(TITLES_ONLY);
    await annotator.run();
    await vi.waitFor(() => expect(lineOf(known!)).not.toBeNull());
    const line = lineOf(known!)!;
    expect(line).toMatchObject({ source: KEY_SENTENCE_SOURCE, label: 'not AI-generated', unfolded: null });
    expect(line.text).toContain('we propose a strategy');
    expect(line.toggle!.getAttribute('aria-expanded')).toBe('false');
    userClick(line.toggle!);
    await vi.waitFor(() => expect(lineOf(known!)!.unfolded).toBe(CROCI_ABSTRACT));
    expect(lineOf(known!)!.toggle!.getAttribute('aria-expanded')).toBe('true');
    expect(lineOf(unknown!)).toBeNull();
    expect(lineOf(unanswered!)).toBeNull();
  });

  it('a background that cannot answer leaves the rows as they were, with one warning and no error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error');
    answerAbstracts = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    try {
      const { annotator } = annotate(LONG_TITLES_ONLY(monthIds(20, '2407')));
      const first = [...document.querySelectorAll('#dlpage dt')].slice(0, 1);
      FakeIntersectionObserver.near = (element) => first.includes(element);
      await annotator.run();
      await vi.waitFor(() => expect(abstractsAsked()).toHaveLength(1));
      FakeIntersectionObserver.instances[0]!.scrollAll();
      await vi.waitFor(() => expect(abstractsAsked()).toHaveLength(2));
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
      expect(hosts('row')).toHaveLength(20);
      expect(hosts('row').filter((host) => host.shadowRoot!.querySelector('.lens-line'))).toEqual([]);
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it("an abstract page's panel shows the key sentence for a paper without a summary, and the summary alone for one with", async () => {
    const croci = annotate(CROCI);
    await croci.annotator.run(earlyAnswers(location.href).lookup);
    const line = lineOf('1902.02534', 'panel')!;
    expect(line).toMatchObject({ source: KEY_SENTENCE_SOURCE, label: 'not AI-generated' });
    expect(line.text).toContain('we propose a strategy');
    ends.forEach((end) => end());
    ends = [];
    const known = annotate(ABS);
    await known.annotator.run(earlyAnswers(location.href).lookup);
    const sources = [...hosts('panel')[0]!.shadowRoot!.querySelectorAll('[data-summary-source]')].map((s) => s.getAttribute('data-summary-source'));
    expect(sources).toEqual(['AI Timeline']);
    expect(abstractsAsked()).toEqual([]);
  });
});
