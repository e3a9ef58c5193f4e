import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
  if (annotated) await page.waitForFunction(() => document.documentElement.dataset.arxivLensReady !== undefined);
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

/** The same Chromium without the extension, answering the given URLs with the given bodies (and refusing the rest). */
export async function launchPlainBrowser(pages: Map<string, string>): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext();
  await context.route(/.*/, (route) => {
    const url = new URL(route.request().url());
    const body = pages.get(`${url.origin}${url.pathname}`);
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return { context, close: () => browser.close() };
}
