import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateListing, monthIds } from '../../tests/fixtures/generate-listing';
import type { ApiHandler, Extension } from '../../tests/e2e/support/harness';
import { readDownStall, readDownStep } from '../../tests/e2e/support/listing';
import { DAYS_BACK, hfDay } from '../../lib/sources/hf-daily';
import { figure, type Figure } from '../figure';
import { BENCH_PACK_SOURCE } from '../generate-pack';
import { readyAfterDomContentLoaded } from '../page-cost';
import { switchSource } from '../switch-source';
import { abstractFor, newDay, titleFor, type Kind } from '../new-day';

const NEW_URL = 'https://arxiv.org/list/cs.LG/new';
const TITLES_PATH = 'https://arxiv.org/list/stat.ML/pastweek';
const TITLES_URL = `${TITLES_PATH}?skip=0&show=2000`;
const TITLE_ONLY = 2000;
/** Hugging Face's day list: 30 papers, of which the /new page shows 8 (`new-day.ts`). */
const HF_DAY = 30;
/** The /new page's first target: a line for nearly every entry, this long after DOMContentLoaded. */
const NEW_PAGE_MS = 2_000;

const KEY_SENTENCE = 'Key sentence from the abstract';
const HUGGING_FACE = 'Hugging Face Daily Papers';

/**
 * Hugging Face's answer for a day: the items of a real answer (`hf-daily-papers.json`, from 2024,
 * when it had no AI summaries) under the given ids, each with an `ai_summary` as the 2026 item has.
 */
function hfDayAnswer(pageIds: readonly string[]): string {
  const items = JSON.parse(readFileSync('tests/fixtures/apis/hf/hf-daily-papers.json', 'utf8')) as { paper: Record<string, unknown> }[];
  const recent = JSON.parse(readFileSync('tests/fixtures/apis/hf/hf-daily-papers-item-2026-03.json', 'utf8')) as { paper: Record<string, unknown> };
  const all = [...items, recent].slice(0, HF_DAY);
  return JSON.stringify(
    all.map((item, i) => {
      const summary = String(item.paper.summary ?? '');
      const aiSummary = item.paper.ai_summary ?? summary.split(/(?<=\.)\s+/)[0];
      return { ...item, paper: { ...item.paper, id: pageIds[i] ?? item.paper.id, ai_summary: aiSummary, ai_keywords: [] } };
    }),
  );
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** arXiv's query API's Atom feed for these ids, each entry shaped as `arxiv-query.xml`'s, with a composed abstract. */
function arxivFeed(ids: readonly string[]): string {
  const entries = ids.map((id) => {
    // The index generateListing gave the entry's title: monthIds counts from 1.
    const i = Number(id.split('.')[1]) - 1;
    return `  <entry>
    <id>http://arxiv.org/abs/${id}v1</id>
    <title>${xml(titleFor(i))}</title>
    <updated>2024-06-13T17:59:58Z</updated>
    <link href="https://arxiv.org/abs/${id}v1" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/${id}v1" rel="related" type="application/pdf" title="pdf"/>
    <summary>  ${xml(abstractFor(i))}</summary>
    <category term="stat.ML" scheme="http://arxiv.org/schemas/atom"/>
    <published>2024-06-13T17:59:58Z</published>
    <arxiv:primary_category term="stat.ML"/>
    <author>
      <name>A. Author</name>
    </author>
  </entry>`;
  });
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/bench</id>
  <title>arXiv Query: search_query=&amp;id_list=${ids.join(',')}&amp;start=0&amp;max_results=${ids.length}</title>
  <updated>2024-06-13T23:51:23Z</updated>
  <opensearch:itemsPerPage>${ids.length}</opensearch:itemsPerPage>
  <opensearch:totalResults>${ids.length}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
${entries.join('\n')}
</feed>`;
}

/**
 * Resolves with the milliseconds until the first frame in which every entry on the screen shows its
 * row's line, checked at each frame, reading entries only down to the first below the screen.
 * `first-screen`, run as the page opens: from DOMContentLoaded, the promise also kept as
 * `window.__firstScreen`. `past-asked`: scrolls to the first entry whose row is not drawn yet (past
 * every row the page asked abstracts for), from the scroll.
 */
const SCREEN_LINED = (mode: string) => {
  const done = (async () => {
    let start = NaN;
    if (mode === 'past-asked') {
      const next = [...document.querySelectorAll('#dlpage dt')].find(
        (dt) => !dt.querySelector('[data-arxiv-lens="row"]')?.shadowRoot?.querySelector('.lens-row'),
      );
      if (!next) throw new Error('every row is drawn already');
      start = performance.now();
      scrollTo(0, scrollY + next.getBoundingClientRect().top);
    }
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (document.readyState === 'loading') continue;
      if (mode === 'first-screen') start = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
      if (performance.now() - start > 30_000) throw new Error('the screen got no lines in 30 s');
      let shown = 0;
      let lined = 0;
      for (const dt of document.querySelectorAll('#dlpage dt')) {
        const box = dt.getBoundingClientRect();
        if (box.bottom <= 0) continue;
        if (box.top >= innerHeight) break;
        shown++;
        if (dt.querySelector('[data-arxiv-lens="row"]')?.shadowRoot?.querySelector('.lens-line')) lined++;
      }
      if (shown > 0 && lined === shown) return performance.now() - start;
    }
  })();
  if (mode === 'first-screen') (window as unknown as { __firstScreen: Promise<number> }).__firstScreen = done;
  return done;
};

/** Every entry's id, whether its row is drawn, and the source of the line it shows. */
const READ_ROWS = () =>
  [...document.querySelectorAll('#dlpage dt')].map((dt) => {
    const root = dt.querySelector('[data-arxiv-lens="row"]')?.shadowRoot;
    return {
      id: dt.querySelector('a[title="Abstract"]')!.id,
      drawn: !!root?.querySelector('.lens-row'),
      source: root?.querySelector('.lens-line')?.getAttribute('data-summary-source') ?? null,
    };
  });
type Row = ReturnType<typeof READ_ROWS>[number];

/** Reads the page down screen by screen, each screen's rows drawn before the next (readDownStep). */
async function readDown(page: Page): Promise<void> {
  await page.evaluate(() => scrollTo(0, 0));
  const reading = page.waitForFunction(readDownStep, undefined, { polling: 'raf', timeout: 120_000 });
  await reading.catch(async (error: Error) => {
    throw new Error(`reading the page down stopped ${await page.evaluate(readDownStall)}: ${error.message.split('\n')[0]}`);
  });
}

const share = (part: number, whole: number) => (whole === 0 ? NaN : (part / whole) * 100);

/** Opens a URL, watching for the first screen's lines from the start. */
async function open(ext: Extension, url: string): Promise<{ page: Page; firstScreen: number }> {
  const page = await ext.context.newPage();
  await page.addInitScript(SCREEN_LINED, 'first-screen');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const firstScreen = await page.evaluate(() => (window as unknown as { __firstScreen: Promise<number> }).__firstScreen);
  return { page, firstScreen };
}

interface NewPageRun {
  firstScreen: number;
  drawnLined: number;
  rows: Row[];
}

async function measureNewPage(ext: Extension): Promise<NewPageRun> {
  const { page, firstScreen } = await open(ext, NEW_URL);
  await page.waitForFunction(
    (ms) => performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart >= ms,
    NEW_PAGE_MS,
    { polling: 'raf' },
  );
  const atTarget = await page.evaluate(READ_ROWS);
  const drawn = atTarget.filter((r) => r.drawn);
  await readDown(page);
  const rows = await page.evaluate(READ_ROWS);
  await page.close();
  // Lines of the pack import's pack, left in the store by an earlier scenario, are not the day's: they would skew every share.
  const stray = rows.filter((r) => r.source === BENCH_PACK_SOURCE);
  if (stray.length > 0) throw new Error(`${stray.length} entries of the /new page show the pack import's summaries, e.g. ${stray[0]!.id}`);
  return { firstScreen, drawnLined: share(drawn.filter((r) => r.source).length, drawn.length), rows };
}

interface TitleOnlyRun {
  /** DOMContentLoaded → the annotation pass's ready mark (the first screens drawn). */
  ready: number;
  /** DOMContentLoaded → the first request to arXiv's API. */
  asked: number;
  firstScreen: number;
  scrollStep: number;
  drawnLined: number;
}

/** `askedAt` gives the time (epoch ms) of the first request to arXiv's API since the page was opened. */
async function measureTitleOnly(ext: Extension, ids: readonly string[], askedAt: () => number | undefined): Promise<TitleOnlyRun> {
  ext.serve(
    TITLES_PATH,
    generateListing(ids, (_, i) => titleFor(i)),
  );
  const { page, firstScreen } = await open(ext, TITLES_URL);
  const ready = await readyAfterDomContentLoaded(page);
  const dclAt = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  );
  const scrollStep = await page.evaluate(SCREEN_LINED, 'past-asked');
  const drawn = (await page.evaluate(READ_ROWS)).filter((r) => r.drawn);
  await page.close();
  return { ready, asked: (askedAt() ?? NaN) - dclAt, firstScreen, scrollStep, drawnLined: share(drawn.filter((r) => r.source).length, drawn.length) };
}

/**
 * (15) A summary line on every paper. A day's cs.LG `/new` page of 500 entries with their abstracts
 * (200 new, 175 cross-lists, 125 replacements, 4 of these summarized by the bundled pack), with
 * Hugging Face's day list of 30 papers stored (8 of them on the page): at DOMContentLoaded + 2 s,
 * the share of drawn rows showing a line; then, read down screen by screen, the share of entries
 * with a line, by kind and by source. A 2,000-entry past-week page of titles only, whose rows get
 * their abstracts from arXiv's API (answered here, at the extension's own pace of one request per
 * 3 s): when the first screen's lines are all in, and how long a screen past the rows asked for
 * waits for its lines. Each run's titles are a month arXiv was not asked about yet.
 */
export async function measureSummaryCoverage(ext: Extension, runs: number): Promise<Figure[]> {
  if (runs + 1 > 12) throw new Error('one month of titles per run: at most 11 runs');
  const day = newDay();
  const hfAnswer = hfDayAnswer(day.hfIds);
  let hfRequests = 0;
  let arxivAskedAt: number | undefined;
  const api: ApiHandler = ({ url }) => {
    if (url.host === 'huggingface.co' && url.pathname === '/api/daily_papers') {
      hfRequests++;
      return { status: 200, body: url.searchParams.get('date') === hfDay(Date.now()) ? hfAnswer : '[]' };
    }
    if (url.host === 'arxiv.org' && url.pathname === '/api/query') {
      const ids = (url.searchParams.get('id_list') ?? '').split(',').filter(Boolean);
      arxivAskedAt ??= Date.now();
      return { status: 200, body: arxivFeed(ids), contentType: 'application/atom+xml; charset=utf-8' };
    }
    return undefined;
  };
  ext.setApi(api);
  ext.serve(NEW_URL, day.html);
  // Off and on again, the user's way: the day lists are fetched anew, now that Hugging Face answers.
  await switchSource(ext, 'hf-daily', false);
  await switchSource(ext, 'hf-daily', true);
  for (let waited = 0; hfRequests < DAYS_BACK; waited += 250) {
    if (waited > 60_000) throw new Error(`Hugging Face was asked for ${hfRequests} day lists in a minute, not ${DAYS_BACK}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.locator('[data-testid="source"][data-source-id="hf-daily"][data-status="ok"]').waitFor({ timeout: 60_000 });
  await options.close();

  const newRuns: NewPageRun[] = [];
  const titleRuns: TitleOnlyRun[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const newRun = await measureNewPage(ext);
      arxivAskedAt = undefined;
      const titleRun = await measureTitleOnly(ext, monthIds(TITLE_ONLY, `28${String(i + 1).padStart(2, '0')}`), () => arxivAskedAt);
      // The first run warms the service worker and the caches; it is not counted.
      if (i === 0) continue;
      newRuns.push(newRun);
      titleRuns.push(titleRun);
    }
  } finally {
    ext.setApi(() => undefined);
  }

  const ofKind = (rows: Row[], kind: Kind) => rows.filter((r) => day.kinds.get(r.id) === kind);
  const lined = (rows: Row[]) => share(rows.filter((r) => r.source).length, rows.length);
  const bySource = (rows: Row[], test: (source: string) => boolean) => share(rows.filter((r) => r.source && test(r.source)).length, rows.length);
  const isPack = (source: string) => source !== KEY_SENTENCE && source !== HUGGING_FACE;
  const hf = new Set(day.hfIds);
  const pack = new Set(day.packIds);
  return [
    figure(
      'summary-new-first-screen',
      '15. /new page of 500: DOMContentLoaded → every entry on the first screen shows its line',
      'ms',
      newRuns.map((r) => r.firstScreen),
      NEW_PAGE_MS,
    ),
    {
      ...figure(
        'summary-new-drawn',
        '15. /new page of 500: drawn rows showing a line at DOMContentLoaded + 2 s',
        '%',
        newRuns.map((r) => r.drawnLined),
        100,
      ),
      atLeast: true,
    },
    {
      ...figure(
        'summary-new-all',
        '15. /new page of 500: entries with a line, read down after DOMContentLoaded + 2 s',
        '%',
        newRuns.map((r) => lined(r.rows)),
        95,
      ),
      atLeast: true,
    },
    figure(
      'summary-new-kind-new',
      '15. /new page: new submissions (200) with a line',
      '%',
      newRuns.map((r) => lined(ofKind(r.rows, 'new'))),
    ),
    figure(
      'summary-new-kind-cross',
      '15. /new page: cross-lists (175) with a line',
      '%',
      newRuns.map((r) => lined(ofKind(r.rows, 'cross-list'))),
    ),
    figure(
      'summary-new-kind-replaced',
      '15. /new page: replacements (125) with a line',
      '%',
      newRuns.map((r) => lined(ofKind(r.rows, 'replacement'))),
    ),
    figure(
      'summary-new-source-key',
      '15. /new page: entries whose line is the key sentence',
      '%',
      newRuns.map((r) => bySource(r.rows, (s) => s === KEY_SENTENCE)),
    ),
    figure(
      'summary-new-source-hf',
      "15. /new page: entries whose line is Hugging Face's summary",
      '%',
      newRuns.map((r) => bySource(r.rows, (s) => s === HUGGING_FACE)),
    ),
    figure(
      'summary-new-source-pack',
      "15. /new page: entries whose line is a pack's summary",
      '%',
      newRuns.map((r) => bySource(r.rows, isPack)),
    ),
    {
      ...figure(
        'summary-new-hf-wins',
        "15. /new page: Hugging Face's 8 papers showing its summary (beats the key sentence)",
        '%',
        newRuns.map((r) =>
          bySource(
            r.rows.filter((row) => hf.has(row.id)),
            (s) => s === HUGGING_FACE,
          ),
        ),
        100,
      ),
      atLeast: true,
    },
    {
      ...figure(
        'summary-new-pack-wins',
        "15. /new page: the pack's 4 papers showing its summary",
        '%',
        newRuns.map((r) =>
          bySource(
            r.rows.filter((row) => pack.has(row.id)),
            isPack,
          ),
        ),
        100,
      ),
      atLeast: true,
    },
    figure(
      'summary-titles-first-screen',
      "15. title-only list of 2,000: DOMContentLoaded → every entry on the first screen shows its line (arXiv's API, its pace included)",
      'ms',
      titleRuns.map((r) => r.firstScreen),
      4_000,
    ),
    figure(
      'summary-titles-ready',
      '15. title-only list of 2,000: of which DOMContentLoaded → the annotation pass done, first screens drawn (ready mark)',
      'ms',
      titleRuns.map((r) => r.ready),
    ),
    figure(
      'summary-titles-asked',
      "15. title-only list of 2,000: of which DOMContentLoaded → arXiv's API asked",
      'ms',
      titleRuns.map((r) => r.asked),
    ),
    figure(
      'summary-titles-scroll',
      '15. title-only list of 2,000: scrolled to the first row not drawn yet → every entry on that screen shows its line',
      'ms',
      titleRuns.map((r) => r.scrollStep),
    ),
    figure(
      'summary-titles-drawn',
      '15. title-only list of 2,000: drawn rows with a line after that scroll',
      '%',
      titleRuns.map((r) => r.drawnLined),
    ),
  ];
}
