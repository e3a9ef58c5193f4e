// Chromium only: arXiv's API is answered through Playwright routes, which reach the service worker;
// Firefox's driver intercepts per page, and the background's requests are not a page's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateListing } from '../../fixtures/generate-listing';
import { launchExtension, openAnnotated } from '../support/harness';

/** A real answer of arXiv's API with ten papers (tests/fixtures/apis/README.md). */
const SAMPLE = readFileSync('tests/fixtures/apis/arxiv/arxiv-search-sample.xml', 'utf8');
const entries = [...SAMPLE.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map(([entry]) => ({
  id: /<id>http:\/\/arxiv\.org\/abs\/(.+?)v\d+<\/id>/.exec(entry)![1]!,
  title: /<title>([\s\S]*?)<\/title>/.exec(entry)![1]!.replace(/\s+/g, ' ').replace(/&amp;/g, '&'),
  abstract: /<summary>([\s\S]*?)<\/summary>/.exec(entry)![1]!.replace(/\s+/g, ' ').trim(),
}));

/** Text without its spacing: a key sentence is cleaned (no space before a full stop), arXiv's abstract is not. */
const squashed = (text: string) => text.replace(/\s+/g, '');

describe('a line on every paper of a title-only list', () => {
  it('rows drawn without an abstract get their key sentence from arXiv through the background, and unfold the abstract', async () => {
    const asked: string[][] = [];
    const ext = await launchExtension({
      api: ({ url }) => {
        const ids = url.searchParams.get('id_list');
        if (url.pathname !== '/api/query' || !ids) return undefined;
        asked.push(ids.split(','));
        return { status: 200, body: SAMPLE, contentType: 'application/atom+xml; charset=utf-8' };
      },
    });
    try {
      const byId = new Map(entries.map((e) => [e.id, e]));
      ext.serve(
        'https://arxiv.org/list/cs.SE/recent',
        generateListing(
          entries.map((e) => e.id),
          (id) => byId.get(id)!.title,
        ),
      );
      const page = await openAnnotated(ext, 'https://arxiv.org/list/cs.SE/recent');
      expect(await page.locator('#dlpage p.mathjax').count()).toBe(0);
      for (const { id, abstract } of entries) {
        const line = page.locator(`[data-arxiv-lens="row"][data-paper-id="${id}"] .lens-line[data-summary-source="Key sentence from the abstract"]`);
        await expect.poll(() => line.count(), { timeout: 20_000 }).toBe(1);
        expect(await line.locator('.lens-ai').textContent()).toBe('not AI-generated');
        expect(squashed(abstract)).toContain(squashed((await line.locator('.lens-line-text').textContent())!.replace(/…$/, '')));
      }
      const first = page.locator(`[data-arxiv-lens="row"][data-paper-id="${entries[0]!.id}"] .lens-line`);
      await first.locator('[data-action="abstract"]').press('Enter');
      expect(await first.locator('[data-action="abstract"]').getAttribute('aria-expanded')).toBe('true');
      expect(await first.locator('[data-abstract]').textContent()).toBe(entries[0]!.abstract);
      expect(asked.flat()).toEqual(expect.arrayContaining(entries.map((e) => e.id)));
      expect(asked.every((ids) => ids.length <= 100)).toBe(true);
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
