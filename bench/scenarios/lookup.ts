import type { Extension } from '../../tests/e2e/support/harness';
import { sendTimed } from '../background-messages';
import { figure, type Figure } from '../figure';

/**
 * (4) One `lookup` of 2,000 ids, as a listing page sends it: in the background (its own time,
 * which it records in its User Timing) and as the asker waits (the message channel added).
 */
export async function measureLookup(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  // Sent from an abstract page's content script, the one sender the background takes a lookup from.
  const page = await ext.context.newPage();
  await page.goto('https://arxiv.org/abs/2405.20519');
  await page.waitForSelector('html[data-arxiv-lens-ready]');
  const batch = ids.slice(0, 2000);
  const lookup = { type: 'lookup', data: { ids: batch, titles: {} } };
  const own: number[] = [];
  const waited: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const [{ ms, res }] = (await sendTimed(ext, page, [lookup])) as [{ ms: number; res: unknown }];
      if (!res || Object.keys(res).length !== batch.length) throw new Error('lookup did not answer for every id asked');
      // The first lookup fills the background's cache, as a listing's first visit does; the others are timed.
      if (i === 0) continue;
      waited.push(ms);
      own.push(await ext.worker.evaluate(() => performance.getEntriesByName('arxiv-lens:lookup').at(-1)?.duration ?? NaN));
    }
  } finally {
    await page.close();
  }
  return [
    figure('lookup-2000', '4. one lookup of 2,000 ids, in the background', 'ms', own, 5),
    figure('lookup-2000-waited', '4. the same, as the page waits (the message channel added)', 'ms', waited),
  ];
}
