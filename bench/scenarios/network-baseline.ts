import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';

const ANSWER_MS = 150;

/**
 * What an extension that asks a server for each page's summaries would do: at DOMContentLoaded,
 * fetch, then insert its panel. Injected into the page as such an extension's content script
 * would run.
 */
const FETCHING_ANNOTATOR = (endpoint: string) => {
  document.addEventListener('DOMContentLoaded', async () => {
    const id = location.pathname.split('/').pop();
    const answer = (await (await fetch(`${endpoint}?id=${id}`)).json()) as { summary: string };
    const panel = document.createElement('div');
    panel.textContent = answer.summary;
    document.querySelector('blockquote.abstract')?.after(panel);
    document.documentElement.dataset.baselineMs = String(performance.now());
  });
};

/**
 * (7) The abstract-page figure for that design, against a local server answering in a realistic
 * 150 ms: what a local store saves on every page.
 */
export async function measureNetworkBaseline(ext: Extension, runs: number): Promise<Figure[]> {
  const server = createServer((req, res) => {
    // A public page asking a local address is a private-network request: answer its preflight.
    const headers = { 'access-control-allow-origin': '*', 'access-control-allow-private-network': 'true', 'content-type': 'application/json' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
    setTimeout(() => res.writeHead(200, headers).end(JSON.stringify({ summary: 'A curated summary, fetched for this page.' })), ANSWER_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/summary`;
  await ext.context.route(`${endpoint}**`, (route) => route.continue());
  const samples: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await ext.context.newPage();
      await page.addInitScript(FETCHING_ANNOTATOR, endpoint);
      await page.goto('https://arxiv.org/abs/2405.20519');
      await page.waitForFunction(() => document.documentElement.dataset.baselineMs !== undefined, undefined, { timeout: 10_000 });
      const ms = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return Number(document.documentElement.dataset.baselineMs) - nav.domContentLoadedEventStart;
      });
      await page.close();
      if (i > 0) samples.push(ms);
    }
  } finally {
    server.close();
  }
  return [figure('abstract-page-network-baseline', '7. baseline: abstract page with its data fetched per page (150 ms server)', 'ms', samples)];
}
