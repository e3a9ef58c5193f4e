import { openExtensionPage, type Extension } from '../../tests/e2e/harness';
import { sendTimed } from '../background-messages';
import { figure, type Figure } from '../figure';

/** (4) One `lookup` of 2,000 ids through the message channel, as a listing page sends it. */
export async function measureLookup(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const page = await openExtensionPage(ext, 'options.html');
  const batch = ids.slice(0, 2000);
  const lookup = { type: 'lookup', data: { ids: batch, titles: {} } };
  const answers = await sendTimed(
    page,
    Array.from({ length: runs + 1 }, () => lookup),
  );
  if (answers.some(({ res }) => !res || Object.keys(res).length !== batch.length)) throw new Error('lookup did not answer for every id asked');
  // The first lookup fills the background's cache, as a listing's first visit does; the others are timed.
  const samples = answers.slice(1).map(({ ms }) => ms);
  await page.close();
  return [figure('lookup-2000', '4. one lookup of 2,000 ids through the message channel', 'ms', samples, 5)];
}
