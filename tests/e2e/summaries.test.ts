import { describe, expect, it } from 'vitest';
import { openAnnotated, scrollThroughRows } from './driver';
import { core, summarized } from './core-pack';
import { useExtension } from './session';

const session = useExtension();

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

  it('an unknown paper still gets a slim panel', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/1902.02534');
    expect(await tab.count('[data-arxiv-lens="panel"][data-paper-id="1902.02534"] >>> [data-summary-source]')).toBe(0);
    expect(await tab.evaluate(() => document.querySelector('[data-arxiv-lens="panel"]')!.shadowRoot!.textContent)).toContain('No curated summary');
    await tab.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
