import { generateListing } from '../../tests/fixtures/generate-listing';
import { openAnnotated, type Extension } from '../../tests/e2e/harness';
import { figure, type Figure } from '../figure';
import { readyAfterDomContentLoaded } from './abstract-page';

/** Records every task of 50 ms or more from the very start of the page (Long Tasks API). */
const WATCH_LONG_TASKS = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({
    type: 'longtask',
    buffered: true,
  });
};

/**
 * (2) A 2,000-entry listing (`/pastweek?show=2000`) whose papers are all in the store: time until
 * every row host is mounted, and the longest main-thread task once the page's HTML was parsed
 * (parsing 2,000 entries is the page's own work, not ours).
 */
export async function measureBigListing(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const url = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000';
  ext.serve('https://arxiv.org/list/cs.LG/pastweek', generateListing(ids.slice(0, 2000)));
  const mounted: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(WATCH_LONG_TASKS);
    await openAnnotated(ext, url, page);
    const ready = await page.evaluate(() => document.documentElement.dataset.arxivLensReady);
    if (ready !== '2000') throw new Error(`the listing was annotated with ${ready} hosts, not 2000`);
    await page.waitForTimeout(200);
    const ms = await readyAfterDomContentLoaded(page);
    const task = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const ours = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= nav.domInteractive);
      return Math.max(0, ...ours.map((t) => t.duration));
    });
    await page.close();
    // The first load warms the service worker; it is not counted.
    if (i === 0) continue;
    mounted.push(ms);
    longest.push(task);
  }
  return [
    figure('listing-2000', '2. listing of 2,000: DOMContentLoaded → every row mounted', 'ms', mounted, 150),
    figure('listing-2000-longest-task', '2. listing of 2,000: longest task after parsing (0 = none over 50 ms)', 'ms', longest, 50),
  ];
}
