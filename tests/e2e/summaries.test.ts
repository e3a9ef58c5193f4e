import { describe, expect, it } from 'vitest';
import { openAnnotated } from './harness';
import { core, summarized } from './core-pack';
import { useExtension } from './session';

const session = useExtension();

describe('curated summaries from the bundled pack', () => {
  it('the abstract page of 2405.20519 shows the AI Timeline summary and the tags in the panel', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    const panel = page.locator('[data-arxiv-lens="panel"][data-paper-id="2405.20519"]');
    const summary = panel.locator('[data-summary-source="AI Timeline"]');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('Diffusion on Syntax Trees');
    const tags = await panel.locator('[data-tag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    const expected = core.papers.find((p) => p.id === '2405.20519')!.tags;
    expect(tags).toEqual(expected);
    expect(tags).toContain('diffusion');
    await page.close();
  });

  it('a listing page marks exactly the papers that have a curated summary', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    const rows = await page.$$eval('[data-arxiv-lens="row"]', (hosts) =>
      hosts.map((h) => ({ id: h.getAttribute('data-paper-id')!, marked: h.shadowRoot!.querySelector('[data-summarized]') !== null })),
    );
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.marked).map((r) => r.id)).toEqual(rows.filter((r) => summarized.has(r.id)).map((r) => r.id));
    expect(rows.some((r) => r.marked)).toBe(true);
    expect(rows.some((r) => !r.marked)).toBe(true);
    await page.close();
  });

  it('an unknown paper still gets a slim panel', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/1902.02534');
    const panel = page.locator('[data-arxiv-lens="panel"][data-paper-id="1902.02534"]');
    expect(await panel.locator('[data-summary-source]').count()).toBe(0);
    expect(await panel.evaluate((host) => host.shadowRoot!.textContent)).toContain('No curated summary');
    await page.close();
  });

  it('logged no errors of its own', () => {
    expect(session.ext.errors).toEqual([]);
  });
});
