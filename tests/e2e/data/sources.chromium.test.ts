// Chromium only: the APIs are answered through Playwright routes, which reach the service worker;
// Firefox's driver intercepts per page, and the background's requests are not a page's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hfDay } from '@/lib/sources/hf-daily';
import type { Page } from 'playwright-core';
import { launchExtension, openAnnotated, openExtensionPage, type ApiHandler, type Extension } from '../support/harness';

const api = (file: string) => readFileSync(`tests/fixtures/apis/${file}`, 'utf8');
/** A paper of Hugging Face's 2026 sample that no pack knows. */
const HF_PAPER = '2602.23229';
const hfItem = JSON.parse(api('hf/hf-daily-papers-item-2026-03.json')) as { paper: { ai_summary: string } };

/** Hugging Face lists the sample paper today and nothing on the other days; arXiv and Semantic Scholar answer from their samples. */
function workingApis(requests: string[]): ApiHandler {
  return ({ url, body }) => {
    requests.push(`${url.host}${url.pathname}${url.search}`);
    if (url.pathname === '/api/daily_papers') {
      return { status: 200, body: url.searchParams.get('date') === hfDay(Date.now()) ? `[${api('hf/hf-daily-papers-item-2026-03.json')}]` : '[]' };
    }
    if (url.pathname === '/api/query' && url.searchParams.get('id_list') === '1707.08567') {
      return { status: 200, body: api('arxiv/arxiv-query-1707.08567.xml'), contentType: 'application/atom+xml; charset=utf-8' };
    }
    if (url.host === 'api.semanticscholar.org') {
      // The real sample's TLDR, given to the first paper asked for; Semantic Scholar knows none of the others.
      const ids = (JSON.parse(body ?? '{}') as { ids: string[] }).ids;
      const known = { ...JSON.parse(api('s2/s2-paper-tldr.json')), externalIds: { ArXiv: ids[0]!.replace('ARXIV:', '') } };
      // As the real API does on its answers (tests/fixtures/apis/README.md).
      return { status: 200, body: JSON.stringify(ids.map((_, i) => (i === 0 ? known : null))), headers: { 'access-control-allow-origin': '*' } };
    }
    return undefined;
  };
}

/** What the background's `permissions.contains` answers: whether the browser holds the access asked about. */
async function workerFindsAccess(ext: Extension, held: boolean): Promise<void> {
  await ext.worker.evaluate((answer) => {
    // Called with a callback through the WebExtension polyfill, without one natively.
    const contains = async (_permissions: unknown, callback?: (held: boolean) => void) => {
      callback?.(answer);
      return answer;
    };
    chrome.permissions.contains = contains;
    const native = (globalThis as { browser?: Partial<typeof chrome> }).browser;
    if (native?.permissions) native.permissions.contains = contains;
  }, held);
}

/**
 * The options page, with the browser's permission dialog answered: no automation reaches that
 * dialog in Chromium (it is browser UI, not a page; Playwright declines to drive it, issue #32755),
 * so the page's `permissions.request` gets the user's answer directly, and everything after it runs.
 * A grant is also what the background then finds held (`permissions.contains`), as it asks before
 * running an opt-in source.
 */
async function optionsAnsweringPermissionDialog(ext: Extension, grant: boolean): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript((answer) => {
    const requests: unknown[] = [];
    (globalThis as { permissionRequests?: unknown[] }).permissionRequests = requests;
    const request = async (permissions: unknown) => {
      requests.push(permissions);
      return answer;
    };
    chrome.permissions.request = request as typeof chrome.permissions.request;
    // Where the browser has its own `browser` namespace, the extension's code may call that one.
    const native = (globalThis as { browser?: Partial<typeof chrome> }).browser;
    if (native?.permissions) native.permissions.request = request as typeof chrome.permissions.request;
  }, grant);
  if (grant) await workerFindsAccess(ext, true);
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  return page;
}

/** The status the options page shows for a source, once it shows it. */
async function expectSourceStatus(ext: Extension, id: string, status: string): Promise<void> {
  const options = await openExtensionPage(ext, 'options.html');
  await expect.poll(() => options.locator(`[data-testid="source"][data-source-id="${id}"]`).getAttribute('data-status')).toBe(status);
  await options.close();
}

describe('sources, with the APIs answering', () => {
  it("a fresh install syncs the day lists, and a paper no pack knows shows Hugging Face's AI summary with its source", async () => {
    const requests: string[] = [];
    const ext = await launchExtension({ api: workingApis(requests) });
    try {
      await expect.poll(() => requests.filter((r) => r.startsWith('huggingface.co/api/daily_papers')).length, { timeout: 30_000 }).toBe(14);
      const page = await openAnnotated(ext, `https://arxiv.org/abs/${HF_PAPER}`);
      const summary = page.locator(`[data-arxiv-lens="panel"][data-paper-id="${HF_PAPER}"] [data-summary-source="Hugging Face Daily Papers"]`);
      await expect.poll(() => summary.count()).toBe(1);
      expect(await summary.textContent()).toContain(hfItem.paper.ai_summary);
      expect(await summary.locator('[data-ai-generated]').count()).toBe(1);
      expect(await page.locator('[data-arxiv-lens="panel"] [data-link="github"]').textContent()).toContain('★ 9');
      await expectSourceStatus(ext, 'hf-daily', 'ok');
      // Each day was asked for once: a page of fewer than 100 papers is the day's last.
      expect(new Set(requests.filter((r) => r.includes('daily_papers'))).size).toBe(14);

      // The first paper page offers the opt-in sources; "Not now" is remembered.
      const panel = page.locator('[data-arxiv-lens="panel"]');
      await expect.poll(() => panel.locator('[data-sources-offer]').count()).toBe(1);
      await panel.locator('[data-action="dismiss-sources"]').click();
      expect(await panel.locator('[data-sources-offer]').count()).toBe(0);
      const later = await openAnnotated(ext, 'https://arxiv.org/abs/2405.20519');
      await expect.poll(() => later.locator('[data-summary-source="AI Timeline"]').count()).toBe(1);
      expect(await later.locator('[data-sources-offer]').count()).toBe(0);

      // Hiding Hugging Face's summaries hides them on every page; the options page shows them again.
      await summary.locator('[data-action="hide-source"]').click();
      await expect.poll(() => page.locator('[data-summary-source="Hugging Face Daily Papers"]').count()).toBe(0);
      const options = await openExtensionPage(ext, 'options.html');
      await options.locator('[data-hidden-source="Hugging Face Daily Papers"] button').click();
      await expect.poll(() => page.locator('[data-summary-source="Hugging Face Daily Papers"]').count()).toBe(1);
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });

  it('a paper saved through the context menu exports to BibTeX with its authors from the arXiv API', async () => {
    const requests: string[] = [];
    const ext = await launchExtension({ api: workingApis(requests) });
    try {
      await ext.worker.evaluate(() =>
        chrome.contextMenus.onClicked.dispatch({
          menuItemId: 'save-paper-link',
          linkUrl: 'https://arxiv.org/abs/1707.08567',
          editable: false,
          pageUrl: 'https://example.org/',
        }),
      );
      await expect.poll(() => requests.some((r) => r.startsWith('arxiv.org/api/query') && r.includes('1707.08567')), { timeout: 20_000 }).toBe(true);
      const options = await openExtensionPage(ext, 'options.html');
      await expect.poll(() => options.locator('[data-source-id="arxiv"]').getAttribute('data-status')).toBe('ok');
      const [file] = await Promise.all([options.waitForEvent('download'), options.locator('[data-export="bibtex"]').click()]);
      const bibtex = readFileSync((await file.path())!, 'utf8');
      expect(bibtex).toContain('eprint = {1707.08567}');
      expect(bibtex).toMatch(
        /author = \{Kees A\. Schouhamer Immink and Stan Baggen and Ferdaous Chaabane and .* and Dirk Wübben and Hirosuke Yamamoto\}/,
      );
      expect(bibtex).toContain('title = {Proceedings of Workshop AEW10: Concepts in Information Theory and Communications}');
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });

  it('with Semantic Scholar turned on in the options page, a listing marks the papers the batch answered', async () => {
    const requests: string[] = [];
    const ext = await launchExtension({ api: workingApis(requests) });
    try {
      const options = await optionsAnsweringPermissionDialog(ext, true);
      const toggle = options.locator('input[data-source-toggle="semantic-scholar"]');
      expect(await toggle.isChecked()).toBe(false);
      // The switch turns on once the browser has granted access to the API's host.
      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(true);
      const page = await openAnnotated(ext, 'https://arxiv.org/list/cs.LG/new');
      const first = page.locator('[data-arxiv-lens="row"][data-paper-id="2406.07550"]');
      await expect.poll(() => first.locator('[data-summarized]').count(), { timeout: 20_000 }).toBe(1);
      expect(requests.filter((r) => r.startsWith('api.semanticscholar.org'))).toHaveLength(1);
      expect(await options.evaluate(() => (globalThis as { permissionRequests?: unknown[] }).permissionRequests)).toEqual([
        { origins: ['https://api.semanticscholar.org/*'] },
      ]);
      await first.locator('[data-summarized]').click();
      expect(await first.locator('[data-summary-source="Semantic Scholar TLDR"]').textContent()).toContain('Can machines think?');
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});

describe('sources, when the user says no', () => {
  it('a refused permission leaves Semantic Scholar off, with a message, and nothing is sent', async () => {
    const requests: string[] = [];
    const ext = await launchExtension({ api: workingApis(requests) });
    try {
      const options = await optionsAnsweringPermissionDialog(ext, false);
      const toggle = options.locator('input[data-source-toggle="semantic-scholar"]');
      await toggle.click();
      await expect
        .poll(() => options.locator('[data-source-id="semantic-scholar"] [data-testid="source-message"]').textContent())
        .toContain('stays off');
      expect(await toggle.isChecked()).toBe(false);
      const page = await openAnnotated(ext, 'https://arxiv.org/list/cs.LG/new');
      expect(await page.locator('[data-arxiv-lens="row"][data-paper-id="2406.07550"] [data-summarized]').count()).toBe(0);
      expect(requests.filter((r) => r.startsWith('api.semanticscholar.org'))).toEqual([]);
    } finally {
      await ext.close();
    }
  });

  it("access taken back in the browser's settings turns Semantic Scholar off, says why, and nothing is sent", async () => {
    const requests: string[] = [];
    const ext = await launchExtension({ api: workingApis(requests) });
    try {
      const options = await optionsAnsweringPermissionDialog(ext, true);
      const toggle = options.locator('input[data-source-toggle="semantic-scholar"]');
      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(true);
      // As when the user removes the site access in the browser's extension settings.
      await workerFindsAccess(ext, false);
      await ext.worker.evaluate(() => chrome.permissions.onRemoved.dispatch({ origins: ['https://api.semanticscholar.org/*'], permissions: [] }));
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await expect
        .poll(() => options.locator('[data-source-id="semantic-scholar"] [data-testid="source-error"]').textContent())
        .toContain('withdrawn');
      const page = await openAnnotated(ext, 'https://arxiv.org/list/cs.LG/new');
      expect(await page.locator('[data-arxiv-lens="row"][data-paper-id="2406.07550"] [data-summarized]').count()).toBe(0);
      expect(requests.filter((r) => r.startsWith('api.semanticscholar.org'))).toEqual([]);
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});

describe('sources, with every API failing', () => {
  it('pages annotate from the store as before, the options page says what went wrong, and nothing reaches the console', async () => {
    const failing: ApiHandler = ({ url }) => {
      if (url.pathname === '/api/daily_papers')
        return { status: 429, body: '{"error":"Too Many Requests"}', headers: { ratelimit: '"api";r=0;t=120' } };
      if (url.host === 'api.semanticscholar.org') return { status: 429, body: api('s2/s2-429.json') };
      return { status: 503, body: '<!doctype html><title>Service Unavailable</title>', contentType: 'text/html' };
    };
    const ext = await launchExtension({ api: failing });
    try {
      const abs = await openAnnotated(ext, 'https://arxiv.org/abs/2405.20519');
      await expect.poll(() => abs.locator('[data-arxiv-lens="panel"] [data-summary-source="AI Timeline"]').count()).toBe(1);
      await abs.locator('[data-arxiv-lens="panel"] [data-action="save"]').click();
      const listing = await openAnnotated(ext, 'https://arxiv.org/list/cs.LG/new');
      // Every paper found; rows where the reader is, the first one's with its summary from the store.
      expect(await listing.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBe('7');
      await expect.poll(() => listing.locator('[data-arxiv-lens="row"][data-paper-id="2406.02543"] .lens-line[data-summary-source]').count()).toBe(1);
      const options = await openExtensionPage(ext, 'options.html');
      const error = (id: string) => options.locator(`[data-source-id="${id}"] [data-testid="source-error"]`).textContent();
      await expect.poll(() => error('hf-daily'), { timeout: 20_000 }).toContain('429');
      await expect.poll(() => error('arxiv'), { timeout: 20_000 }).toContain('503');
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
