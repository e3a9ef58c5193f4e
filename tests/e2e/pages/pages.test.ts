import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { hostsOf, openAnnotated, PAPER_HOSTS, readyCount, scrollThroughRows } from '../support/driver';
import { BROWSER, useExtension } from '../support/session';

const session = useExtension();

const KINDS = ['abs', 'html', 'listing', 'catchup', 'search', 'hf-list', 'hf-paper'];
const roleOf = (kind: string) => (kind === 'abs' || kind === 'html' ? 'panel' : 'row');
// Each page kind once, and both listing layouts.
const pages = FIXTURE_PAGES.filter((p, i) => p.kind === 'listing' || FIXTURE_PAGES.findIndex((q) => q.kind === p.kind) === i);

describe(`the built extension in ${BROWSER}`, () => {
  it('covers every page kind', () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(KINDS));
  });

  it.each(pages)('mounts one open shadow host per paper, a row as the reader reaches it, on $file', async ({ url, ids, kind }) => {
    const tab = await openAnnotated(session.lens, url);
    // Ready counts the papers found, hosted or not.
    expect(await readyCount(tab)).toBe(String(ids.length));
    if (roleOf(kind) === 'row') await scrollThroughRows(tab);
    const hosts = await hostsOf(tab);
    expect(hosts.map((h) => h.id)).toEqual(ids);
    for (const host of hosts) expect(host).toMatchObject({ role: roleOf(kind), open: true });
    expect(Number(await tab.evaluate(() => document.documentElement.dataset.arxivLensMs))).toBeGreaterThan(0);
    await tab.close();
  });

  // On arXiv a row takes the room the static sheet keeps under an entry's links; on Hugging Face it is a line of its own.
  const arxivLists = pages.filter((p) => roleOf(p.kind) === 'row' && p.url.startsWith('https://arxiv.org/'));

  it.each(arxivLists)('leaves every entry a row is drawn in as tall as the page and its kept room made it, on $file', async ({ url }) => {
    const tab = await openAnnotated(session.lens, url);
    // Each drawn row's entry measured with its host, then with the host taken out for a moment.
    const entries = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-arxiv-lens="row"]')]
        .filter((host) => host.shadowRoot?.querySelector('.lens-line'))
        .map((host) => {
          const entry = host.parentElement!;
          const next = host.nextSibling;
          const withHost = entry.getBoundingClientRect().height;
          host.remove();
          const without = entry.getBoundingClientRect().height;
          entry.insertBefore(host, next);
          return { id: host.getAttribute('data-paper-id'), withHost: Math.round(withHost), without: Math.round(without) };
        }),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.withHost, entry.id ?? '').toBe(entry.without);
    await tab.close();
  });

  it.each(arxivLists)('keeps a row on its lines in a narrow window, over nothing of the page, on $file', async ({ url }) => {
    const tab = await openAnnotated(session.lens, url);
    await tab.resize(320, 900);
    const rows = await tab.evaluate(() => {
      // Boxes that only touch meet by a rounding error in Firefox (a ten-thousandth of a pixel): half a pixel is overlap.
      const meet = (a: DOMRect, b: DOMRect) =>
        a.width > 0 && b.width > 0 && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const rects = (elements: Iterable<Element>) => [...elements].flatMap((e) => [...e.getClientRects()]);
      const drawn = [...document.querySelectorAll('[data-arxiv-lens="row"]')].filter((host) => host.shadowRoot?.querySelector('.lens-row-line'));
      return drawn.map((host) => {
        const line = host.shadowRoot!.querySelector('.lens-row-line')!;
        const middles = rects(line.children).map((c) => c.top + c.height / 2);
        const shown = host.getBoundingClientRect();
        // Only what the row's box shows: controls scrolled out of its line are not drawn.
        const controls = rects(line.children)
          .map((c) => new DOMRect(Math.max(c.left, shown.left), c.top, Math.min(c.right, shown.right) - Math.max(c.left, shown.left), c.height))
          .filter((c) => c.width > 0);
        const entry = host.parentElement!;
        // The page's links above the row, and the entry's text after it.
        const page = [...rects(entry.querySelectorAll('a')), ...rects(entry.nextElementSibling?.querySelectorAll('div') ?? [])];
        return {
          id: host.getAttribute('data-paper-id'),
          oneLine: Math.max(...middles) - Math.min(...middles) < 2,
          inItsRoom: Math.round(host.getBoundingClientRect().height) === Math.round(parseFloat(getComputedStyle(host).minHeight)),
          overlaps: controls.filter((c) => page.some((p) => meet(c, p))).length,
        };
      });
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.oneLine || !r.inItsRoom)).toEqual([]);
    expect(rows.filter((r) => r.overlaps > 0)).toEqual([]);
    await tab.close();
  });

  it('puts the abstract page panel at the end of the abstract', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const place = await tab.evaluate(() => {
      const panel = document.querySelector('[data-arxiv-lens="panel"]')!;
      return { inAbstract: panel.parentElement!.matches('blockquote.abstract'), last: panel.nextElementSibling === null };
    });
    expect(place).toEqual({ inAbstract: true, last: true });
    await tab.close();
  });

  it('leaves a page with no paper as it was, with no host and no error', async () => {
    const html = '<!DOCTYPE html><html><body><div id="dlpage"><h1>No entries</h1></div></body></html>';
    session.lens.serve('https://arxiv.org/list/cs.XX/new', html);
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.XX/new');
    expect(await hostsOf(tab)).toEqual([]);
    expect(await readyCount(tab)).toBe('0');
    expect(await tab.evaluate(() => document.body.innerHTML)).toBe('<div id="dlpage"><h1>No entries</h1></div>');
    await tab.close();
  });

  it('follows a Hugging Face route change without duplicating hosts', async () => {
    const tab = await openAnnotated(session.lens, 'https://huggingface.co/papers/date/2024-06-03');
    // The app swaps the list for another day's without a page load.
    await tab.evaluate(() => {
      history.pushState({}, '', '/papers/date/2024-06-04');
      const cards = [...document.querySelectorAll('article')];
      cards.slice(1).forEach((card) => card.parentElement!.remove());
      const link = cards[0]!.querySelector('h3 a')!;
      link.setAttribute('href', '/papers/2406.02543');
      link.textContent = 'To Believe or Not to Believe Your LLM';
    });
    await tab.waitFor(
      (selector) =>
        document.querySelectorAll(selector).length === 1 && document.querySelector(selector)!.getAttribute('data-paper-id') === '2406.02543',
      PAPER_HOSTS,
    );
    // A second pass would add a host: give the watcher another annotation pass to do it.
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect((await hostsOf(tab)).map((h) => h.id)).toEqual(['2406.02543']);
    await tab.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
