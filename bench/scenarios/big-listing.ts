import { generateListing } from '../../tests/fixtures/generate-listing';
import { type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { launchPlainBrowser, loadAndMeasure, oneChangeMs } from '../page-cost';
import { readyAfterDomContentLoaded } from './abstract-page';

const URL_ = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000';
const PATH = 'https://arxiv.org/list/cs.LG/pastweek';

/**
 * (2) A 2,000-entry listing (`/pastweek?show=2000`) whose papers are all in the store, loaded in turn
 * without and with the extension in the same run: the main-thread work it adds, when every row host
 * is mounted and the first screens rendered, and the longest task once the page's HTML was parsed.
 * Beside them, what one visible change costs the page without the extension: the floor under every
 * figure that shows something new on an open listing (a re-rank, a source's answer).
 */
export async function measureBigListing(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const html = generateListing(ids.slice(0, 2000));
  ext.serve(PATH, html);
  const plain = await launchPlainBrowser(new Map([[PATH, html]]));
  const without: number[] = [];
  const withExt: number[] = [];
  const mounted: number[] = [];
  const longest: number[] = [];
  const oneChange: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const bare = await loadAndMeasure(plain.context, URL_, false);
      const changed = await oneChangeMs(bare.page);
      await bare.page.close();
      const annotated = await loadAndMeasure(ext.context, URL_, true);
      const ready = await annotated.page.evaluate(() => document.documentElement.dataset.arxivLensReady);
      if (ready !== '2000') throw new Error(`the listing was annotated with ${ready} hosts, not 2000`);
      const ms = await readyAfterDomContentLoaded(annotated.page);
      await annotated.page.close();
      // The first load warms the service worker and the caches; it is not counted.
      if (i === 0) continue;
      without.push(bare.mainThread);
      withExt.push(annotated.mainThread);
      mounted.push(ms);
      longest.push(annotated.longestTask);
      oneChange.push(changed);
    }
  } finally {
    await plain.close();
  }
  return [
    figure('listing-work-without', '2. listing of 2,000: main-thread work, without the extension', 'ms', without),
    figure('listing-work-with', '2. listing of 2,000: main-thread work, with it', 'ms', withExt),
    figure(
      'listing-work-added',
      "2. listing of 2,000: main-thread work added, % of the page's own",
      '%',
      withExt.map((w, i) => ((w - without[i]!) / without[i]!) * 100),
      15,
    ),
    figure('listing-2000', '2. listing of 2,000: DOMContentLoaded → every row mounted, first screens rendered', 'ms', mounted, 400),
    figure('listing-2000-longest-task', '2. listing of 2,000: longest task (0 = none over 50 ms)', 'ms', longest, 50),
    figure(
      'listing-one-change-without',
      "2. listing of 2,000, without the extension: a word added to one entry, the page's own work (what any visible change costs it)",
      'ms',
      oneChange,
    ),
  ];
}
