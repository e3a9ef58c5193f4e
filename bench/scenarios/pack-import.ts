import { createHash } from 'node:crypto';
import { openExtensionPage, type Extension } from '../../tests/e2e/harness';
import { figure, type Figure } from '../figure';
import { generatePack } from '../generate-pack';

const PACK_URL = 'https://packs.bench.example/all.json';

/**
 * (3) Subscribing to a pack of 100,000 papers from the options page, fetch to rows in IndexedDB,
 * then the no-op re-sync of the same pack (the server answers 304 to its ETag, as real hosts do).
 * Returns the pack's ids for the scenarios that need papers in the store.
 */
export async function measurePackImport(ext: Extension, runs: number): Promise<{ figures: Figure[]; ids: string[] }> {
  const pack = generatePack(100_000);
  const body = JSON.stringify(pack);
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  await ext.context.route(PACK_URL, (route) =>
    route.request().headers()['if-none-match'] === etag
      ? route.fulfill({ status: 304, headers: { etag, 'access-control-allow-origin': '*' } })
      : route.fulfill({ status: 200, body, contentType: 'application/json', headers: { etag, 'access-control-allow-origin': '*' } }),
  );
  const options = await openExtensionPage(ext, 'options.html');
  const row = options.locator(`[data-testid="pack"][data-pack-key="${PACK_URL}"]`);
  const imports: number[] = [];
  const resyncs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await options.locator('[data-action="subscribe-url"]').fill(PACK_URL);
    const started = Date.now();
    await options.locator('[data-action="subscribe"]').click();
    await row.and(options.locator('[data-status="ok"], [data-status="error"]')).waitFor({ timeout: 120_000 });
    imports.push(Date.now() - started);
    if ((await row.getAttribute('data-status')) !== 'ok') throw new Error(`the pack was refused: ${await row.locator('[data-testid="pack-error"]').textContent()}`);
    for (let j = 0; j < 3; j++) {
      const button = row.locator('button', { hasText: 'Sync now' });
      const t0 = Date.now();
      await button.click();
      await row.locator('button', { hasText: 'Sync now' }).and(options.locator('button:not([disabled])')).waitFor();
      resyncs.push(Date.now() - t0);
    }
    if (i < runs - 1) {
      await row.locator('button', { hasText: 'Unsubscribe' }).click();
      await row.waitFor({ state: 'detached' });
    }
  }
  await options.close();
  return {
    figures: [
      figure('pack-import-100k', '3. subscribe to a pack of 100,000 papers: fetch, check, import', 'ms', imports, 10_000),
      figure('pack-resync-noop', '3. no-op re-sync of the same pack', 'ms', resyncs, 50),
    ],
    ids: pack.papers.map((p) => p.id),
  };
}
