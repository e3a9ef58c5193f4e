import type { Page } from 'playwright-core';
import { generateListing } from '../../tests/fixtures/generate-listing';
import { type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { oneChangeMs } from '../page-cost';
import { measureSideBySide, pageFigures, type PageTargets } from '../side-by-side';
import { newDay } from '../new-day';

/** Decision 7's targets for a listing: work added in % of the page's own, no task of ours over 50 ms. */
const LISTING_TARGETS: PageTargets = { workAddedPct: 15, shownAfterFcp: 100, longestOurs: 50, clsAdded: 0.01 };
const FIRST_SCREEN = 'first screen annotated';

/** Fails the run when the pass did not count every paper of the page. */
const expectPapers = (count: number) => async (page: Page) => {
  const ready = await page.evaluate(() => document.documentElement.dataset.arxivLensReady);
  if (ready !== String(count)) throw new Error(`the listing was annotated with ${ready} papers, not ${count}`);
};

const URL_ = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000';
const PATH = 'https://arxiv.org/list/cs.LG/pastweek';

/**
 * (2) A 2,000-entry listing (`/pastweek?show=2000`) whose papers are all in the store, loaded in turn
 * without and with the extension in the same run: the main-thread work it adds, its longest task,
 * when the first screen is annotated, the layout shift. Beside them, what one visible change costs
 * the page without the extension: the floor under every figure that shows something new on an open
 * listing (a re-rank, a source's answer).
 */
export async function measureBigListing(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const html = generateListing(ids.slice(0, 2000));
  ext.serve(PATH, html);
  const oneChange: number[] = [];
  const loads = await measureSideBySide(ext, new Map([[PATH, html]]), URL_, 'first-screen', runs, {
    bare: async (page, run) => {
      const changed = await oneChangeMs(page);
      if (run > 0) oneChange.push(changed);
    },
    annotated: expectPapers(2000),
  });
  return [
    ...pageFigures('listing', '2. listing of 2,000', loads, FIRST_SCREEN, LISTING_TARGETS),
    figure(
      'listing-one-change-without',
      "2. listing of 2,000, without the extension: a word added to one entry, the page's own work (what any visible change costs it)",
      'ms',
      oneChange,
    ),
  ];
}

const NEW_URL = 'https://arxiv.org/list/cs.LG/new';

/**
 * (2) A day's `/new` page of 500 entries with their abstracts (`new-day.ts`: the page figure 15
 * reads), loaded in turn without and with the extension: the same figures as the 2,000-entry listing.
 */
export async function measureNewListing(ext: Extension, runs: number): Promise<Figure[]> {
  const { html } = newDay();
  ext.serve(NEW_URL, html);
  const loads = await measureSideBySide(ext, new Map([[NEW_URL, html]]), NEW_URL, 'first-screen', runs, { annotated: expectPapers(500) });
  return pageFigures('new-listing', '2. /new page of 500', loads, FIRST_SCREEN, LISTING_TARGETS);
}
