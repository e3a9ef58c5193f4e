import { openExtensionPage, type Extension } from '../../tests/e2e/harness';
import { figure, type Figure } from '../figure';

/** (4) One `lookup` of 2,000 ids through the message channel, as a listing page sends it. */
export async function measureLookup(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const page = await openExtensionPage(ext, 'options.html');
  const batch = ids.slice(0, 2000);
  const samples = await page.evaluate(
    async ({ batch, runs }) => {
      // No named functions in here: the bench's TypeScript loader would wrap them in a helper the page lacks.
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const answer = await new Promise<{ res?: Record<string, unknown>; err?: unknown }>((resolve) =>
          chrome.runtime.sendMessage({ id: i, type: 'lookup', data: { ids: batch, titles: {} }, timestamp: Date.now() }, resolve),
        );
        const elapsed = performance.now() - t0;
        if (!answer.res || Object.keys(answer.res).length !== batch.length) throw new Error(`lookup failed: ${JSON.stringify(answer.err)}`);
        if (i > 0) times.push(elapsed);
      }
      return times;
    },
    { batch, runs },
  );
  await page.close();
  return [figure('lookup-2000', '4. one lookup of 2,000 ids through the message channel', 'ms', samples, 5)];
}
