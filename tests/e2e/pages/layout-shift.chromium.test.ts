// Chromium only: the Layout Instability API (`layout-shift` entries) is Chromium's.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from '../support/harness';
import { answer } from '../support/routes';

/**
 * Tall enough that every part of these pages is on screen: the rendered pages lack arXiv's
 * stylesheet, so their header icons stand a screen tall and push the entries below a usual window,
 * where a shift counts for nothing.
 */
const VIEWPORT = { width: 1280, height: 3000 };

/** The layout shift a page has had, as Chromium scores it, leaving out what follows the user's input. */
async function layoutShift(page: Page): Promise<number> {
  // Two frames: the browser reports a shift once the frame it happened in is laid out.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    // Buffered entries are in the observer's records as soon as it observes.
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  });
}

describe('nothing on the page moves when the extension draws', () => {
  let ext: Extension;
  let plain: { context: BrowserContext; close(): Promise<void> };

  beforeAll(async () => {
    ext = await launchExtension();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox'],
    });
    const context = await browser.newContext();
    await context.route(/.*/, (route) => {
      const response = answer(route.request().url(), new Map());
      return response ? route.fulfill(response) : route.abort();
    });
    plain = { context, close: () => browser.close() };
  });

  afterAll(async () => {
    await plain?.close();
    await ext?.close();
  });

  /** The page's own shift, without the extension. */
  async function withoutExtension(url: string): Promise<number> {
    const page = await plain.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    const shift = await layoutShift(page);
    await page.close();
    return shift;
  }

  /** The shift once the extension has drawn everything it draws on the first screen. */
  async function withExtension(url: string, drawn: () => boolean): Promise<number> {
    const page = await ext.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    await page.waitForFunction(drawn);
    const shift = await layoutShift(page);
    await page.close();
    return shift;
  }

  it('adds at most 0.01 on an abstract page, its panel drawn', async () => {
    const url = 'https://arxiv.org/abs/2405.20519';
    const added =
      (await withExtension(url, () => !!document.querySelector('[data-arxiv-lens="panel"]')?.shadowRoot?.querySelector('[data-summary-source]'))) -
      (await withoutExtension(url));
    expect(added).toBeLessThanOrEqual(0.01);
  });

  it('adds at most 0.01 on a listing, its bar and every row drawn', async () => {
    const url = 'https://arxiv.org/list/cs.LG/new';
    const added =
      (await withExtension(url, () => {
        const rows = [...document.querySelectorAll('[data-arxiv-lens="row"]')];
        return (
          !!document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector('[data-count]') &&
          rows.length === 7 &&
          rows.every((row) => row.shadowRoot?.querySelector('.lens-line'))
        );
      })) - (await withoutExtension(url));
    expect(added).toBeLessThanOrEqual(0.01);
  });
});
