import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { answer } from '../tests/e2e/support/routes';
import { extensionScript, startTrace, tabThread, tasksOf, tasksRunning, threadMs, totalMs } from './trace';

/** `BENCH_TRACE_DIR`: a folder to keep each page load's trace in (DevTools' Performance panel opens them). */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;

/** Page figures count the tab's work from navigation start through this long after the load event. */
export const AFTER_LOAD_MS = 2_000;

/** What the extension shows first on a page: the abstract page's panel, or a list's rows on the first screen. */
export type Shown = 'panel' | 'first-screen';

/** What one load of a page costs, read the same way with and without the extension. */
export interface PageLoad {
  page: Page;
  /** Navigation start to first contentful paint, ms. */
  fcp: number;
  /** The tab's main-thread tasks from navigation start through `AFTER_LOAD_MS` after load (a trace; their thread time), ms. */
  mainThread: number;
  /** The longest of those tasks (thread time), ms. */
  longestTask: number;
  /** The longest of those tasks that ran the extension's scripts, less the page's HTML parsing in it (0 without it), ms. */
  longestOurs: number;
  /** Cumulative layout shift through the same window: the largest session window of shifts without recent input. */
  cls: number;
  /** Navigation start to the panel or the first screen's rows rendered; NaN without the extension. */
  shown: number;
}

/**
 * Runs in the page before its own scripts, with and without the extension alike: keeps the layout
 * shifts, and once the extension marks what it rendered (`data-arxiv-lens-ready` after a pass, or
 * `data-arxiv-lens-first-screen-ms` for a list's first screen shown while the page is parsed:
 * docs/dom-contract.md), resolves `__shown` with when what it shows first was rendered. A list's
 * first screen counts at the first frame in which the entries meeting the viewport fill it (the
 * parsed list reaches past its bottom, or the page is parsed) and each of them has its row
 * rendered. The extension marks after its render, so what is there at the first frame after a
 * mark counts from the mark; otherwise from the first frame that has it. Nothing runs each frame
 * before a mark. No named functions in here: the bench's TypeScript loader would wrap them in a
 * helper the page lacks.
 */
const WATCH_PAGE = (shown: Shown) => {
  const w = window as unknown as { __shifts: { t: number; v: number }[]; __shown: Promise<number> };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { startTime: number; value: number; hadRecentInput: boolean }[])
      if (!e.hadRecentInput) w.__shifts.push({ t: e.startTime, v: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  w.__shown = new Promise<number>((resolve) => {
    new MutationObserver(async (_, observer) => {
      observer.disconnect();
      const html = document.documentElement.dataset;
      const markedAt = Number(html.arxivLensFirstScreenMs ?? html.arxivLensMs);
      for (let first = true; ; first = false) {
        await new Promise((frame) => requestAnimationFrame(frame));
        let done = false;
        if (shown === 'panel') done = !!document.querySelector('[data-arxiv-lens="panel"]')?.shadowRoot?.querySelector('.lens-panel');
        else {
          // The entries meeting the viewport, each with its row rendered, wherever its host is placed;
          // while the page is parsed, only once the entries parsed reach past the viewport's bottom.
          const entries = document.querySelectorAll('#dlpage dt, #dlpage dd');
          const parsedLast = entries[entries.length - 1];
          const full = document.readyState !== 'loading' || (!!parsedLast && parsedLast.getBoundingClientRect().bottom >= innerHeight);
          let onScreen = 0;
          let rendered = 0;
          for (const dt of full ? document.querySelectorAll('#dlpage dt') : []) {
            const box = dt.getBoundingClientRect();
            if (box.top >= innerHeight) break;
            const dd = dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : dt;
            if (dd.getBoundingClientRect().bottom <= 0) continue;
            onScreen++;
            const id = dt.querySelector('a[title="Abstract"]')?.id;
            const host = id && document.querySelector(`arxiv-lens[data-arxiv-lens="row"][data-paper-id="${id}"]`);
            if (host && host.shadowRoot?.querySelector('.lens-row')) rendered++;
          }
          done = onScreen > 0 && rendered === onScreen;
        }
        if (done) return resolve(first ? markedAt : performance.now());
      }
    }).observe(document, { subtree: true, attributeFilter: ['data-arxiv-lens-ready', 'data-arxiv-lens-first-screen-ms'] });
  });
};

/** Reads the page's side of a load once the window is over: FCP, CLS through the window, when it was shown. */
const READ_PAGE = async ({ windowMs, annotated }: { windowMs: number; annotated: boolean }) => {
  const w = window as unknown as { __shifts: { t: number; v: number }[]; __shown: Promise<number> };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const end = nav.loadEventEnd + windowMs;
  // CLS as browsers report it: shifts grouped in windows (gaps under 1 s, at most 5 s long), the largest window's sum.
  let cls = 0;
  let session = 0;
  let sessionStart = -Infinity;
  let last = -Infinity;
  for (const { t, v } of w.__shifts.filter((s) => s.t <= end)) {
    if (t - last > 1000 || t - sessionStart > 5000) {
      session = 0;
      sessionStart = t;
    }
    session += v;
    last = t;
    cls = Math.max(cls, session);
  }
  const shown = annotated
    ? await Promise.race([w.__shown, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('nothing was shown in 30 s')), 30_000))])
    : NaN;
  return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, loadEnd: nav.loadEventEnd, cls, shown };
};

/**
 * Loads a URL in a new tab of `context`, traced, and reads what it cost through `AFTER_LOAD_MS` after
 * load; `annotated` (the extension's browser) also waits for what it shows first. The tab is left open.
 */
export async function loadAndMeasure(context: BrowserContext, url: string, shown: Shown, annotated: boolean): Promise<PageLoad> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_PAGE, shown);
  const cdp = await context.newCDPSession(page);
  const stopTrace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  // Nothing is asked of the page before the window is over: Playwright's own scripts would count as the page's work.
  await page.waitForTimeout(AFTER_LOAD_MS + 200);
  const events = await stopTrace();
  await cdp.detach();
  if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `${annotated ? 'with' : 'without'}-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
  const read = await page.evaluate(READ_PAGE, { windowMs: AFTER_LOAD_MS, annotated });
  const thread = tabThread(events, url);
  const end = thread.navigationStart + (read.loadEnd + AFTER_LOAD_MS) * 1000;
  const tasks = tasksOf(events, thread).filter((t) => t.ts >= thread.navigationStart && t.ts < end);
  const ours = tasksRunning(events, tasks, extensionScript(events, thread));
  return {
    page,
    fcp: read.fcp,
    mainThread: totalMs(tasks),
    longestTask: Math.max(0, ...tasks.map(threadMs)),
    longestOurs: Math.max(0, ...ours.map(threadMs)),
    cls: read.cls,
    shown: read.shown,
  };
}

/**
 * The same Chromium without the extension, answering the given URLs with the given bodies and every
 * other request as the extension's browser does (`tests/e2e/support/routes.ts`): arXiv's scripts and styles
 * get the same 404 on both sides, so neither page waits on them longer than the other.
 */
export async function launchPlainBrowser(pages: Map<string, string>): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext();
  const served = new Map([...pages].map(([url, body]) => [url, { body, contentType: 'text/html; charset=utf-8' }]));
  await context.route(/.*/, (route) => {
    const response = answer(route.request().url(), served);
    return response ? route.fulfill(response) : route.abort();
  });
  return { context, close: () => browser.close() };
}

/**
 * A tab is quiet when its main thread works less than this in a second. An annotated listing works on
 * for seconds after its ready mark (tens of ms, garbage collection among it): the answer waits for
 * quiet, and so does the end of the measurement, so that all the work the answer causes counts and
 * none of the load's.
 */
const QUIET_MS_PER_S = 2;
const QUIET_TRIES = 30;
/** The tab's main-thread work so far (DevTools' TaskDuration), ms. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Waits until the tab works less than `QUIET_MS_PER_S` in a second. */
export async function untilQuiet(page: Page, cdp: CDPSession): Promise<void> {
  for (let i = 0; i < QUIET_TRIES; i++) {
    const before = await taskMs(cdp);
    await page.waitForTimeout(1000);
    if ((await taskMs(cdp)) - before < QUIET_MS_PER_S) return;
  }
  throw new Error(`the tab did not go quiet in ${QUIET_TRIES} s`);
}

/**
 * The main-thread work one visible change costs a loaded page, from a word added to its first
 * entry's title until the tab is quiet again: the page's own rendering, which any change an
 * extension shows on it pays at least once.
 */
export async function oneChangeMs(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await untilQuiet(page, cdp);
  const before = await taskMs(cdp);
  await page.evaluate(() => document.querySelector('dd .list-title')!.append(' changed'));
  await untilQuiet(page, cdp);
  const work = (await taskMs(cdp)) - before;
  await cdp.detach();
  return work;
}

/** Milliseconds from DOMContentLoaded to the end of the annotation pass (the DOM contract's mark). */
export function readyAfterDomContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return Number(document.documentElement.dataset.arxivLensMs) - nav.domContentLoadedEventStart;
  });
}
