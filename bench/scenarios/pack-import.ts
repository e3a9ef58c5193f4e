import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { openExtensionPage, type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { generatePack } from '../generate-pack';

const PACK_URL = 'https://packs.bench.example/all.json';

/** Clicks "Sync now" in the page itself and times it until the button is back, without Playwright's polling. */
function timeResync(options: Page, key: string): Promise<number> {
  return options.evaluate(
    (key) =>
      new Promise<number>((resolve) => {
        const row = document.querySelector(`[data-testid="pack"][data-pack-key="${key}"]`)!;
        const button = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Sync now')!;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const again = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Sync now');
          if (again && !again.disabled) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(row, { subtree: true, childList: true, characterData: true, attributes: true });
        button.click();
      }),
    key,
  );
}

/**
 * (3) Subscribing to a pack of 100,000 papers from the options page, fetch to rows in IndexedDB,
 * then the no-op re-sync of the same pack (the server answers 304 to its ETag, as real hosts do).
 * Returns the pack's ids for the scenarios that need papers in the store.
 */
export async function measurePackImport(ext: Extension, runs: number): Promise<{ figures: Figure[]; ids: string[] }> {
  const pack = generatePack(100_000);
  const body = JSON.stringify(pack);
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  // As a pack host should: readable by the extension (CORS) with its ETag exposed, 304 when unchanged.
  const headers = { etag, 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
  await ext.context.route(PACK_URL, (route) =>
    route.request().headers()['if-none-match'] === etag
      ? route.fulfill({ status: 304, headers })
      : route.fulfill({ status: 200, body, contentType: 'application/json', headers }),
  );
  const options = await openExtensionPage(ext, 'options.html');
  const row = options.locator(`[data-testid="pack"][data-pack-key="${PACK_URL}"]`);
  const imports: number[] = [];
  const resyncs: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await options.locator('[data-action="subscribe-url"]').fill(PACK_URL);
    const started = Date.now();
    await options.locator('[data-action="subscribe"]').click();
    await row.and(options.locator('[data-status="ok"], [data-status="error"]')).waitFor({ timeout: 120_000 });
    imports.push(Date.now() - started);
    if ((await row.getAttribute('data-status')) !== 'ok')
      throw new Error(`the pack was refused: ${await row.locator('[data-testid="pack-error"]').textContent()}`);
    // The extension's origin as the browser counts it: IndexedDB (both packs) and its other storage.
    sizes.push(await options.evaluate(async () => ((await navigator.storage.estimate()).usage ?? 0) / 1024 / 1024));
    for (let j = 0; j < 3; j++) resyncs.push(await timeResync(options, PACK_URL));
    if (i < runs - 1) {
      await row.locator('button', { hasText: 'Unsubscribe' }).click();
      await row.waitFor({ state: 'detached' });
    }
  }
  await options.close();
  return {
    figures: [
      figure('pack-import-100k', '3. subscribe to a pack of 100,000 papers: fetch, check, import', 'ms', imports, 3_000),
      figure('pack-resync-noop', '3. no-op re-sync of the same pack', 'ms', resyncs, 20),
      figure('pack-import-size', '3. storage used after the import (the bundled pack and the 100,000)', 'MB', sizes),
    ],
    ids: pack.papers.map((p) => p.id),
  };
}
