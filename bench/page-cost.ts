import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { answer } from '../tests/e2e/support/routes';

/** What one load of a page costs the browser's main thread, read the same way with and without the extension. */
export interface PageLoad {
  /** Navigation start to the DOMContentLoaded event, ms. */
  domContentLoaded: number;
  /** Main-thread work of the tab's renderer from navigation until the page settled (DevTools' TaskDuration), ms. */
  mainThread: number;
  /** The longest task once the page's HTML was parsed (parsing is the page's own work), 0 when none reached 50 ms (Long Tasks API), ms. */
  longestTask: number;
}

/** Settling time after `load` (and after the annotation pass, with the extension): late work counts too. */
const SETTLE_MS = 500;

const WATCH_LONG_TASKS = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({
    type: 'longtask',
    buffered: true,
  });
};

/** Loads a URL in a new tab of `context` and reads what it cost; `annotated` waits for the extension's pass too. */
export async function loadAndMeasure(context: BrowserContext, url: string, annotated: boolean): Promise<PageLoad & { page: Page }> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  // Both loads wait the same way: Playwright's first wait evaluates its own script in the page (about
  // 10 ms of the tab's main thread in a trace), which would otherwise count as the extension's.
  await page.waitForFunction((ready) => !ready || document.documentElement.dataset.arxivLensReady !== undefined, annotated);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const afterParse = tasks.filter((t) => t.start >= nav.domInteractive);
    return { domContentLoaded: nav.domContentLoadedEventStart, longestTask: Math.max(0, ...afterParse.map((t) => t.duration)) };
  });
  await cdp.detach();
  return { page, mainThread: taskSeconds * 1000, ...timing };
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
