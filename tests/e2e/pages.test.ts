import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { hostsOf, openAnnotated, PAPER_HOSTS } from './harness';
import { useExtension } from './session';

const session = useExtension();

const KINDS = ['abs', 'html', 'listing', 'catchup', 'search', 'hf-list', 'hf-paper'];
const roleOf = (kind: string) => (kind === 'abs' || kind === 'html' ? 'panel' : 'row');
// Each page kind once, and both listing layouts.
const pages = FIXTURE_PAGES.filter(
  (p, i) => p.kind === 'listing' || FIXTURE_PAGES.findIndex((q) => q.kind === p.kind) === i,
);

describe('the built extension in Chromium', () => {
  it('covers every page kind', () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(KINDS));
  });

  it.each(pages)('mounts one open shadow host per paper on $file', async ({ url, ids, kind }) => {
    const page = await openAnnotated(session.ext, url);
    const hosts = await hostsOf(page);
    expect(hosts.map((h) => h.id)).toEqual(ids);
    for (const host of hosts) expect(host).toMatchObject({ role: roleOf(kind), open: true });
    expect(await page.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBe(String(ids.length));
    expect(Number(await page.evaluate(() => document.documentElement.dataset.arxivLensMs))).toBeGreaterThan(0);
    await page.close();
  });

  it('puts the abstract page panel right after the abstract', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    const previous = await page.$eval('[data-arxiv-lens="panel"]', (h) => h.previousElementSibling?.matches('blockquote.abstract'));
    expect(previous).toBe(true);
    await page.close();
  });

  it('leaves a page with no paper as it was, with no host and no error', async () => {
    const html = '<!DOCTYPE html><html><body><div id="dlpage"><h1>No entries</h1></div></body></html>';
    session.ext.serve('https://arxiv.org/list/cs.XX/new', html);
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.XX/new');
    expect(await hostsOf(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBe('0');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe('<div id="dlpage"><h1>No entries</h1></div>');
    await page.close();
  });

  it('follows a Hugging Face route change without duplicating hosts', async () => {
    const page = await openAnnotated(session.ext, 'https://huggingface.co/papers/date/2024-06-03');
    // The app swaps the list for another day's without a page load.
    await page.evaluate(() => {
      history.pushState({}, '', '/papers/date/2024-06-04');
      const cards = [...document.querySelectorAll('article')];
      cards.slice(1).forEach((card) => card.parentElement!.remove());
      const link = cards[0]!.querySelector('h3 a')!;
      link.setAttribute('href', '/papers/2406.02543');
      link.textContent = 'To Believe or Not to Believe Your LLM';
    });
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 1, PAPER_HOSTS);
    await page.waitForTimeout(300);
    expect((await hostsOf(page)).map((h) => h.id)).toEqual(['2406.02543']);
    await page.close();
  });

  it('logged no errors of its own', () => {
    expect(session.ext.errors).toEqual([]);
  });
});
