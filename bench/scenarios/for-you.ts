import { generateListing } from '../../tests/fixtures/generate-listing';
import { openExtensionPage, type Extension } from '../../tests/e2e/support/harness';
import { sendTimed, type Message } from '../background-messages';
import { figure, type Figure } from '../figure';
import { taskMs, untilQuiet } from '../page-cost';
import { generatedListing } from './ranking-quality';

const LISTING_PATH = 'https://arxiv.org/list/cs.LG/pastweek';
const LISTING_URL = `${LISTING_PATH}?skip=0&show=2000`;
const ENTRIES = 2000;
/** The listing's papers are the pack's from here on: the popup's scenario saved its first 5,000. */
const FIRST_ENTRY = 10_000;
/** A re-rank that changes no row's score in this time is reported, not waited for. */
const RERANK_TIMEOUT_MS = 30_000;

/**
 * Resolves `window.__reranked` once a row's `data-for-you` changes (inside the rows' shadow roots,
 * open in the bench's build): a MutationObserver, so nothing polls the page.
 */
const WATCH_RERANK = () => {
  (window as unknown as { __reranked: Promise<void> }).__reranked = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    for (const host of document.querySelectorAll('[data-arxiv-lens="row"]'))
      observer.observe(host.shadowRoot!, { subtree: true, attributeFilter: ['data-for-you'] });
  });
};

/**
 * (11) "For you" at a listing's scale, as a list page asks. In the background (its own time, which
 * it records in its User Timing) and as the asker waits (the message channel added): an open list
 * ranked again (named, its papers held) right after a save (the models are trained then) and with
 * the models kept; and a list's first ranking, its 2,000 papers sent along. In an open 2,000-entry
 * listing: the tab's main-thread work from a save elsewhere (the ranking changes) until its rows
 * carry their new scores and it is quiet again; for a paper the listing does not show (the new
 * ranking is all that changes in the tab) and for one it shows (its row and the bar's "saved" count
 * change too, and the tab looks the paper up again).
 */
export async function measureForYou(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const listed = ids.slice(FIRST_ENTRY, FIRST_ENTRY + ENTRIES);
  // The pack's texts, each with a title (the pack knows some papers by their abstract alone).
  const texts = generatedListing(ENTRIES + runs + 1).map((doc, i) => ({ ...doc, title: doc.title ?? doc.abstract?.split('. ')[0] ?? `Paper ${i}` }));
  const docs = texts.slice(0, ENTRIES).map((doc, i) => ({ ...doc, id: listed[i]! }));
  /** Saved from the listing, as a row's save button does: with what the page shows of it, so the store has the listing's title and not only the pack's. */
  const save = (i: number) => ({
    type: 'save',
    data: { id: listed[i]!, title: docs[i]!.title, meta: { categories: docs[i]!.categories ?? ['cs.LG'] } },
  });
  /** Saved from elsewhere: a pack paper the listing does not show. */
  const saveUnlisted = (i: number) => ({
    type: 'save',
    data: { id: ids[FIRST_ENTRY + ENTRIES + i]!, title: texts[ENTRIES + i]!.title, meta: { categories: ['cs.LG'] } },
  });
  ext.serve(
    LISTING_PATH,
    generateListing(listed, (_, i) => docs[i]!.title),
  );
  const options = await openExtensionPage(ext, 'options.html');
  // Rankings are asked from an arXiv tab's content script, the one sender the background takes them from.
  const asker = await ext.context.newPage();
  await asker.goto('https://arxiv.org/abs/2405.20519');
  await asker.waitForSelector('html[data-arxiv-lens-ready]');
  /** One ranking: the time the asker waited, and the background's own. */
  const rank = async (data: Record<string, unknown>) => {
    const waited = (await sendTimed(ext, asker, [{ type: 'rankList', data: { url: LISTING_URL, ...data } }]))[0]!.ms;
    const own = await ext.worker.evaluate(() => performance.getEntriesByName('arxiv-lens:rankList').at(-1)?.duration ?? NaN);
    return { waited, own };
  };
  const after = { own: [] as number[], waited: [] as number[] };
  const kept: number[] = [];
  const first = { own: [] as number[], waited: [] as number[] };
  const applied = { unlisted: [] as number[], listed: [] as number[] };
  const page = await ext.context.newPage();
  try {
    // A list page sends its papers with its first ranking and names its list alone after (list-session.ts).
    await rank({ list: 'open', papers: docs });
    for (let i = 0; i <= runs; i++) {
      // A new liked paper each run: the models are trained again on the next ranking.
      await sendTimed(ext, options, [save(100 + i)]);
      const trained = await rank({ list: 'open' });
      const again = [await rank({ list: 'open' }), await rank({ list: 'open' })];
      const sent = await rank({ list: `new ${i}`, papers: docs });
      if (i === 0) continue;
      after.own.push(trained.own);
      after.waited.push(trained.waited);
      kept.push(...again.map((r) => r.own));
      first.own.push(sent.own);
      first.waited.push(sent.waited);
    }
    await page.goto(LISTING_URL);
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-arxiv-lens="row"]')].some((h) => h.shadowRoot?.querySelector('[data-for-you]')),
      undefined,
      { timeout: 60_000 },
    );
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    /** The tab's main-thread work from one save until its rows carry their new scores and it is quiet again. */
    const applyMs = async (saved: Message) => {
      await untilQuiet(page, cdp);
      await page.evaluate(WATCH_RERANK);
      const before = await taskMs(cdp);
      await sendTimed(ext, options, [saved]);
      await page.evaluate(
        (ms) =>
          Promise.race([
            (window as unknown as { __reranked: Promise<void> }).__reranked,
            new Promise((_, reject) => setTimeout(() => reject(new Error(`no row's score changed within ${ms} ms of a save`)), ms)),
          ]),
        RERANK_TIMEOUT_MS,
      );
      await untilQuiet(page, cdp);
      return (await taskMs(cdp)) - before;
    };
    for (let i = 0; i <= runs; i++) {
      const unlisted = await applyMs(saveUnlisted(i));
      const listedSave = await applyMs(save(200 + i));
      if (i === 0) continue;
      applied.unlisted.push(unlisted);
      applied.listed.push(listedSave);
    }
    await cdp.detach();
  } finally {
    await Promise.all([page.close(), options.close(), asker.close()]);
  }
  return [
    figure(
      'for-you-train',
      '11. for you: an open 2,000-entry list ranked again after a save (models trained again), in the background',
      'ms',
      after.own,
      100,
    ),
    figure('for-you-train-waited', '11. for you: the same, as the page waits (the message channel added)', 'ms', after.waited),
    figure('for-you-rank', '11. for you: an open 2,000-entry list ranked again, models kept, in the background', 'ms', kept, 100),
    figure('for-you-first', "11. for you: a 2,000-entry list's first ranking, its papers sent along, in the background", 'ms', first.own, 100),
    figure('for-you-first-waited', '11. for you: the same, as the page waits (2,000 abstracts through the message channel)', 'ms', first.waited),
    figure(
      'for-you-apply',
      "11. for you: a paper saved elsewhere re-ranks an open 2,000-entry listing that does not show it: the tab's main-thread work to apply the ranking",
      'ms',
      applied.unlisted,
      20,
    ),
    figure(
      'for-you-apply-listed',
      "11. for you: the same for a paper the listing shows (its row and the bar's count change too, and the tab looks it up)",
      'ms',
      applied.listed,
    ),
  ];
}
