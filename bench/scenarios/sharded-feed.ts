import type { Page } from 'playwright-core';
import { generateListing } from '../../tests/fixtures/generate-listing';
import { openExtensionPage, type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { FEED_PAPER_COUNT, feedId, generateFeed, papersIn, shardFile } from '../generate-feed';
import { readyAfterDomContentLoaded } from '../page-cost';

const FEED_ORIGIN = 'https://feeds.bench.example';
const FEED_URL = `${FEED_ORIGIN}/arxiv/manifest.json`;
const LISTING_PATH = 'https://arxiv.org/list/cs.CV/pastweek';
const LISTING_URL = `${LISTING_PATH}?skip=0&show=2000`;
/** A year of months no other scenario's pack holds, so their papers can only come from the feed. */
const LISTING_MONTHS = Array.from({ length: 12 }, (_, i) => `25${String(i + 1).padStart(2, '0')}`);
const ENTRIES = 2000;
const CORS = { 'access-control-allow-origin': '*' };

/** The listing's 2,000 ids, a run of entries per month, each run spread through its month's numbers. */
function listingIds(): string[] {
  const months = LISTING_MONTHS.length;
  const startOf = (m: number) => Math.ceil((m * ENTRIES) / months);
  return Array.from({ length: ENTRIES }, (_, i) => {
    const m = Math.floor((i * months) / ENTRIES);
    const month = LISTING_MONTHS[m]!;
    return feedId(month, 1 + Math.floor(((i - startOf(m)) * papersIn(month)) / (startOf(m + 1) - startOf(m))));
  });
}

/** What the extension's origin holds in IndexedDB, as Chromium's quota manager counts it. */
async function indexedDbMegabytes(ext: Extension): Promise<number> {
  const page = await openExtensionPage(ext, 'options.html');
  const bytes = await page.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return estimate.usageDetails?.indexedDB ?? estimate.usage ?? NaN;
  });
  await page.close();
  return bytes / 1e6;
}

async function subscribeFeed(ext: Extension): Promise<void> {
  const options = await openExtensionPage(ext, 'options.html');
  await options.locator('[data-action="subscribe-url"]').fill(FEED_URL);
  await options.locator('[data-action="subscribe"]').click();
  const row = options.locator(`[data-testid="pack"][data-pack-key="${FEED_URL}"]`);
  await row.and(options.locator('[data-status="ok"], [data-status="error"]')).waitFor({ timeout: 60_000 });
  if ((await row.getAttribute('data-status')) !== 'ok')
    throw new Error(`the feed was refused: ${await row.locator('[data-testid="pack-error"]').textContent()}`);
  await options.close();
}

async function unsubscribeFeed(ext: Extension): Promise<void> {
  const options = await openExtensionPage(ext, 'options.html');
  const row = options.locator(`[data-testid="pack"][data-pack-key="${FEED_URL}"]`);
  await row.locator('button', { hasText: 'Unsubscribe' }).click();
  await row.waitFor({ state: 'detached', timeout: 300_000 });
  await options.close();
}

/** Waits until the feed holds the listing's shards: they are stored a moment after the page is answered from them. */
async function untilShardsStored(ext: Extension): Promise<void> {
  const papers = LISTING_MONTHS.reduce((sum, month) => sum + papersIn(month), 0);
  const options = await openExtensionPage(ext, 'options.html');
  await options
    .locator(`[data-testid="pack"][data-pack-key="${FEED_URL}"] td`, { hasText: new RegExp(`^${papers} \\(`) })
    .waitFor({ timeout: 120_000 });
  await options.close();
}

/** Throws unless the bar counts every paper as summarized and the first rows show their summary marker. */
async function expectAllSummarized(page: Page): Promise<void> {
  const counted = await page.locator('[data-count="summarized"]').textContent();
  const marked = await page.evaluate(
    () =>
      [...document.querySelectorAll('[data-arxiv-lens="row"]')].slice(0, 5).filter((host) => host.shadowRoot?.querySelector('[data-summarized]'))
        .length,
  );
  if (counted !== `${ENTRIES} summarized` || marked !== 5)
    throw new Error(`after the ready mark the bar says "${counted}", ${marked} of the first 5 rows marked`);
}

/**
 * (9) A sharded feed of all arXiv (2.5 million papers in monthly shards, served locally through the
 * browser's routing), subscribed from the options page; then a 2,000-entry listing of twelve months
 * whose shards were never fetched: DOMContentLoaded to the ready mark (its lookup waits for the
 * shards), the shard bytes downloaded, and IndexedDB's size once they are stored. Each run
 * subscribes afresh and unsubscribes at the end, so each starts without those shards and with the
 * same store.
 */
export async function measureShardedFeed(ext: Extension, runs: number): Promise<Figure[]> {
  const { manifest, kept } = generateFeed(LISTING_MONTHS);
  const fetched: string[] = [];
  let bytes = 0;
  // Our own route rather than `ext.serve`, to count what the extension downloads; shards it was not expected to ask for are built on request.
  await ext.context.route(`${FEED_ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (url === FEED_URL) return route.fulfill({ status: 200, body: manifest, contentType: 'application/json', headers: CORS });
    const month = /\/shards\/(\d{4})\.json\.gz$/.exec(url)?.[1];
    if (!month) return route.fulfill({ status: 404, body: 'not in the feed', headers: CORS });
    const body = kept.get(month) ?? shardFile(month);
    fetched.push(month);
    bytes += body.byteLength;
    return route.fulfill({ status: 200, body, contentType: 'application/gzip', headers: CORS });
  });
  ext.serve(LISTING_PATH, generateListing(listingIds()));
  const times: number[] = [];
  const downloaded: number[] = [];
  const storage: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await subscribeFeed(ext);
      fetched.length = 0;
      bytes = 0;
      const page = await ext.context.newPage();
      await page.goto(LISTING_URL, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.documentElement.dataset.arxivLensReady !== undefined, undefined, { timeout: 600_000 });
      const ready = await page.evaluate(() => document.documentElement.dataset.arxivLensReady);
      if (ready !== String(ENTRIES)) throw new Error(`the listing was annotated with ${ready} hosts, not ${ENTRIES}`);
      await expectAllSummarized(page);
      times.push(await readyAfterDomContentLoaded(page));
      await page.close();
      if (fetched.length !== LISTING_MONTHS.length) throw new Error(`the extension fetched ${fetched.length} shards (${fetched.join(', ')}), not 12`);
      downloaded.push(bytes / 1e6);
      await untilShardsStored(ext);
      storage.push(await indexedDbMegabytes(ext));
      await unsubscribeFeed(ext);
    }
  } finally {
    await ext.context.unroute(`${FEED_ORIGIN}/**`);
  }
  const millions = `${(FEED_PAPER_COUNT / 1e6).toFixed(1)} million`;
  return [
    figure(
      'feed-listing-2000',
      `9. sharded feed of ${millions} papers: listing of 2,000 from 12 months not fetched yet, DOMContentLoaded → ready mark (shard downloads included)`,
      'ms',
      times,
      1_500,
    ),
    figure(
      'feed-shard-bytes',
      `9. sharded feed: the 12 shards downloaded for it (${(papersIn('2501') * 12).toLocaleString('en')} papers)`,
      'MB',
      downloaded,
    ),
    figure('feed-storage', "9. sharded feed: IndexedDB after it (the extension's origin, navigator.storage.estimate)", 'MB', storage),
  ];
}
