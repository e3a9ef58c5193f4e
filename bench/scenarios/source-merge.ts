import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateListing, monthIds } from '../../tests/fixtures/generate-listing';
import type { ApiHandler, Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { taskMs, untilQuiet } from '../page-cost';
import { contentScriptThread, extensionScript, startTrace, tasksOf, tasksRunning, threadMs, type TraceEvent } from '../trace';
import { switchSource } from '../switch-source';

const LISTING_PATH = 'https://arxiv.org/list/cs.CL/pastweek';
const LISTING_URL = `${LISTING_PATH}?skip=0&show=2000`;
const S2_API = 'https://api.semanticscholar.org/**';
const ENTRIES = 2000;
/** `BENCH_TRACE_DIR`: a folder to keep each merge's trace in, as the page figures keep theirs. */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
/** Semantic Scholar's largest batch: the listing's answer comes in four. */
const BATCH = 500;
/** The source's pace (`lib/sources/semantic-scholar.ts`): each request starts no sooner than this after the one before. */
const PACE_MS = 1_000;
const TLDR_SAMPLE = JSON.parse(readFileSync('tests/fixtures/apis/s2/s2-paper-tldr.json', 'utf8')) as { externalIds: Record<string, string> };

/** The real TLDR sample, given to every paper asked for under that paper's own arXiv id. */
const answerEveryPaper: ApiHandler = ({ url, body }) => {
  if (url.host !== 'api.semanticscholar.org') return undefined;
  const ids = (JSON.parse(body ?? '{}') as { ids: string[] }).ids;
  const papers = ids.map((id) => ({ ...TLDR_SAMPLE, externalIds: { ...TLDR_SAMPLE.externalIds, ArXiv: id.replace('ARXIV:', '') } }));
  // As the real API does on its answers (tests/fixtures/apis/README.md).
  return { status: 200, body: JSON.stringify(papers), headers: { 'access-control-allow-origin': '*' } };
};

/** Resolves `window.__merged` once the list bar counts every paper as summarized: a MutationObserver, so nothing polls the page. */
const WATCH_SUMMARIZED = (expected: string) => {
  const bar = document.querySelector('[data-arxiv-lens="bar"]')!.shadowRoot!;
  (window as unknown as { __merged: Promise<void> }).__merged = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (bar.querySelector('[data-count="summarized"]')?.textContent !== expected) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(bar, { subtree: true, childList: true, characterData: true });
  });
};

/** Resolves once the list bar shows `expected` as its summarized count; at once if it does already. No named inner function: tsx would wrap it in a helper the page lacks. */
const SHOWS_SUMMARIZED = (expected: string) =>
  new Promise<void>((resolve) => {
    const bar = document.querySelector('[data-arxiv-lens="bar"]')!.shadowRoot!;
    const observer = new MutationObserver(() => {
      if (bar.querySelector('[data-count="summarized"]')?.textContent !== expected) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(bar, { subtree: true, childList: true, characterData: true });
    if (bar.querySelector('[data-count="summarized"]')?.textContent !== expected) return;
    observer.disconnect();
    resolve();
  });

/** What one merge cost the tab: its main-thread work, and each write's tasks that ran our script. */
interface Merge {
  work: number;
  writes: number[];
}

/** Marked in the tab's trace as each of Semantic Scholar's answers is let through the gate. */
const ANSWER_MARK = 'arxiv-lens-bench:s2-answer';

/** Waits until the tab has shown the answers let through so far and is quiet, then marks the next. */
type Settled = (answered: number) => Promise<void>;

/**
 * Each write's share of the tasks that ran our script: those from its answer's mark until the next
 * answer's, which waits until the tab has shown this one and is quiet. Bursts of work split at
 * quiet gaps merged two writes whenever the tab's work for one (its notice, the lookup, a timer)
 * ran on close to the next, and on a busy machine the tab was told of a write after the next answer
 * had come.
 */
function perWrite(events: readonly TraceEvent[], ours: readonly TraceEvent[]): number[] {
  const marks = events
    .filter((e) => e.name === ANSWER_MARK)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  if (marks.length !== ENTRIES / BATCH) throw new Error(`the trace marks ${marks.length} answers, not ${ENTRIES / BATCH}`);
  const writes = marks.map(() => 0);
  for (const task of ours) {
    const write = marks.findLastIndex((ts) => ts <= task.ts);
    if (write >= 0) writes[write]! += threadMs(task);
  }
  return writes;
}

/**
 * From the moment Semantic Scholar's answer is let through until the tab shows all of it and is
 * quiet again: the tab's main-thread work, and, from a trace, the tasks that ran the extension's
 * scripts, grouped by the write that set them off.
 */
async function measureMerge(page: Page, release: (settled: Settled) => void): Promise<Merge> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const settled: Settled = async (answered) => {
    await page.evaluate(SHOWS_SUMMARIZED, `${answered * BATCH} summarized`);
    await untilQuiet(page, cdp);
    await page.evaluate((name) => performance.mark(name), ANSWER_MARK);
  };
  await untilQuiet(page, cdp);
  await page.evaluate(WATCH_SUMMARIZED, `${ENTRIES} summarized`);
  const stopTrace = await startTrace(cdp);
  const before = await taskMs(cdp);
  release(settled);
  // A merge that never completes is an error, not a bench that waits for ever.
  await page.waitForFunction(() => (window as unknown as { __merged: Promise<void> }).__merged.then(() => true), undefined, { timeout: 60_000 });
  await untilQuiet(page, cdp);
  const work = (await taskMs(cdp)) - before;
  const events = await stopTrace();
  await cdp.detach();
  if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `source-merge-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
  const thread = contentScriptThread(events);
  const ours = tasksRunning(events, tasksOf(events, thread), extensionScript(events, thread));
  const marked = await page.evaluate(
    () =>
      [...document.querySelectorAll('[data-arxiv-lens="row"]')].slice(0, 5).filter((host) => host.shadowRoot?.querySelector('[data-summarized]'))
        .length,
  );
  if (marked !== 5) throw new Error(`the bar counts every paper summarized, but only ${marked} of the first 5 rows show it`);
  return { work, writes: perWrite(events, ours) };
}

/**
 * (10) Semantic Scholar turned on in the options page, a 2,000-entry listing of papers no pack
 * knows open and annotated, its TLDRs held back at the network until the tab is quiet; then let
 * through (four answers of 500, at the source's pace, each stored and broadcast to the tab): the
 * main-thread work of the tab until its bar counts all 2,000 summarized and it is quiet again, and
 * per write the source makes, the tab's tasks that ran our script (a trace).
 * Each run is a new listing of a month Semantic Scholar was not asked about yet.
 */
export async function measureSourceMerge(ext: Extension, runs: number): Promise<Figure[]> {
  if (runs + 1 > 12) throw new Error('one month of papers per run: at most 11 runs');
  // A gate at the network: requests wait while it is shut, then go on to the harness's handler (`setApi`).
  let held = 0;
  let open = false;
  let passedAt = -Infinity;
  let answered = 0;
  let settled: Settled | undefined;
  const waiting: (() => void)[] = [];
  await ext.context.route(S2_API, async (route) => {
    held++;
    if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
    // Each answer after the first waits until the tab has shown the one before and is quiet, and
    // for the source's pace after it: each write's work is then the tab's tasks between two marks.
    await settled?.(answered++);
    const wait = passedAt + PACE_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    passedAt = Date.now();
    await route.fallback();
  });
  ext.setApi(answerEveryPaper);
  await switchSource(ext, 'semantic-scholar', true);
  const merges: Merge[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      ext.serve(LISTING_PATH, generateListing(monthIds(ENTRIES, `27${String(i + 1).padStart(2, '0')}`)));
      held = 0;
      open = false;
      passedAt = -Infinity;
      answered = 0;
      const page = await ext.context.newPage();
      await page.goto(LISTING_URL);
      await page.waitForFunction(() => document.documentElement.dataset.arxivLensReady !== undefined, undefined, { timeout: 60_000 });
      const ready = await page.evaluate(() => document.documentElement.dataset.arxivLensReady);
      if (ready !== String(ENTRIES)) throw new Error(`the listing was annotated with ${ready} hosts, not ${ENTRIES}`);
      const merge = await measureMerge(page, (tabSettled) => {
        // The first batch waits at the network, alone: nothing the tab did so far came from the answer.
        if (held !== 1) throw new Error(`${held} requests to Semantic Scholar were held, not the first batch alone`);
        settled = tabSettled;
        open = true;
        waiting.splice(0).forEach((resolve) => resolve());
      });
      settled = undefined;
      await page.close();
      if (held !== ENTRIES / BATCH) throw new Error(`Semantic Scholar was asked ${held} times, not ${ENTRIES / BATCH}`);
      // The first run warms the service worker's paths for this source; it is not counted.
      if (i > 0) merges.push(merge);
    }
  } finally {
    await switchSource(ext, 'semantic-scholar', false);
    ext.setApi(() => undefined);
    await ext.context.unroute(S2_API);
  }
  return [
    figure(
      'source-merge-per-write',
      "10. Semantic Scholar's TLDRs for a listing of 2,000 merged into the open tab: each run's largest write, the tab's tasks that ran our script",
      'ms',
      merges.map((m) => Math.max(...m.writes)),
      16,
    ),
    figure(
      'source-merge-writes',
      '10. the same: writes the tab did work for',
      '×',
      merges.map((m) => m.writes.filter((ms) => ms > 0).length),
    ),
    figure(
      'source-merge-2000',
      "10. the same: the tab's main-thread work for all 4 answers of 500, until it is quiet",
      'ms',
      merges.map((m) => m.work),
    ),
  ];
}
