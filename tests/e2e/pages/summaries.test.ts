import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { openAnnotated, scrollThroughRows } from '../support/driver';
import { core, summarized } from '../support/core-pack';
import { useExtension } from '../support/session';

const session = useExtension();

/** Text without its spacing: a key sentence is cleaned (no space before a full stop), the page's abstract is not. */
const squashed = (text: string) => text.replace(/\s+/g, '');

describe('curated summaries from the bundled pack', () => {
  it('the abstract page of 2405.20519 shows the AI Timeline summary and the tags in the panel', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const panel = '[data-arxiv-lens="panel"][data-paper-id="2405.20519"] >>>';
    await expect.poll(() => tab.count(`${panel} [data-summary-source="AI Timeline"]`)).toBe(1);
    expect(await tab.text(`${panel} [data-summary-source="AI Timeline"]`)).toContain('Diffusion on Syntax Trees');
    const tags = await tab.evaluate(() =>
      [...document.querySelector('[data-arxiv-lens="panel"]')!.shadowRoot!.querySelectorAll('[data-tag]')].map((e) => e.getAttribute('data-tag')),
    );
    const expected = core.papers.find((p) => p.id === '2405.20519')!.tags;
    expect(tags).toEqual(expected);
    expect(tags).toContain('diffusion');
    await tab.close();
  });

  it('a listing page marks exactly the papers that have a curated summary', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    await scrollThroughRows(tab);
    const rows = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-arxiv-lens="row"]')].map((h) => ({
        id: h.getAttribute('data-paper-id')!,
        marked: h.shadowRoot!.querySelector('[data-summarized]') !== null,
      })),
    );
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.marked).map((r) => r.id)).toEqual(rows.filter((r) => summarized.has(r.id)).map((r) => r.id));
    expect(rows.some((r) => r.marked)).toBe(true);
    expect(rows.some((r) => !r.marked)).toBe(true);
    await tab.close();
  });

  it("an unknown paper still gets a slim panel, with its abstract's key sentence, labelled as no model's", async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/1902.02534');
    const panel = '[data-arxiv-lens="panel"][data-paper-id="1902.02534"] >>>';
    expect(await tab.texts(`${panel} [data-summary-source]`)).toHaveLength(1);
    const line = `${panel} [data-summary-source="Key sentence from the abstract"]`;
    expect(await tab.text(line)).toContain('not AI-generated');
    expect(await tab.text(`${line} .lens-paragraph`)).toContain('we propose a strategy');
    expect(await tab.count(`${line} [data-action="hide-source"]`)).toBe(0);
    expect(await tab.text(`${panel} .lens-count`)).toBe('no curated summary');
    await tab.close();
  });

  it('a /new listing whose papers nothing knows shows a labelled key sentence under every drawn entry that shows an abstract', async () => {
    const listing = FIXTURE_PAGES.find((p) => p.file === 'pages/listings/list_cs.LG_new.html')!;
    // The same page with ids and titles no pack holds: 2406.07550 becomes 2406.97550, 2405.20519 2405.90519.
    let html = readFileSync(`tests/fixtures/${listing.file}`, 'utf8').replaceAll(
      "<span class='descriptor'>Title:</span>",
      "<span class='descriptor'>Title:</span> Not ",
    );
    for (const id of listing.ids) html = html.replaceAll(id, id.replace(/\.\d/, '.9'));
    session.lens.serve('https://arxiv.org/list/cs.XZ/new', html);
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.XZ/new');
    await scrollThroughRows(tab);
    expect(await tab.text('[data-arxiv-lens="bar"] >>> [data-count="summarized"]')).toBe('0 summarized');
    const rows = await tab.evaluate(() =>
      [...document.querySelectorAll('#dlpage dt')].map((dt) => {
        const host = dt.querySelector('[data-arxiv-lens="row"]')!;
        const line = host.shadowRoot!.querySelector('.lens-line');
        return {
          drawn: host.shadowRoot!.querySelector('.lens-row') !== null,
          abstract: dt.nextElementSibling?.querySelector('p.mathjax')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
          source: line?.getAttribute('data-summary-source') ?? null,
          label: line?.querySelector('.lens-ai')?.textContent ?? null,
          text: line?.querySelector('.lens-line-text')?.textContent ?? null,
        };
      }),
    );
    expect(rows).toHaveLength(listing.ids.length);
    const withAbstract = rows.filter((r) => r.abstract);
    expect(withAbstract.length).toBeGreaterThanOrEqual(5);
    for (const row of withAbstract) {
      expect(row).toMatchObject({ drawn: true, source: 'Key sentence from the abstract', label: 'not AI-generated' });
      expect(squashed(row.abstract!)).toContain(squashed(row.text!.replace(/…$/, '')));
    }
    await tab.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
