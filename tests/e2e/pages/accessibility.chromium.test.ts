import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromiumLens } from '../support/chromium-driver';
import { openAnnotated, openExtensionPage } from '../support/harness';
import { useExtension } from '../support/session';

// Chromium only: axe's source is run through the DevTools protocol, which the extension pages'
// policy (no inline or evaluated script) does not apply to; the pages are the same in Firefox.
const session = useExtension(launchChromiumLens);

const AXE_SOURCE = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** Rules whose findings fail the test whatever impact axe gives them. */
const ALWAYS_FAIL = ['heading-order', 'page-has-heading-one', 'empty-table-header'];

interface Finding {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/**
 * What axe finds that fails the test: serious or critical findings, and those of ALWAYS_FAIL. On
 * arXiv pages only the extension's hosts (their shadow roots included) are checked, against the
 * page's own outline; arXiv's markup is not ours to fix.
 */
async function findings(page: Page, scope: 'hosts' | 'document'): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (scope) => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const context = scope === 'hosts' ? { include: document.querySelectorAll('[data-arxiv-lens]') } : document;
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, scope);
  return found.filter((f) => ALWAYS_FAIL.includes(f.rule) || f.impact === 'serious' || f.impact === 'critical');
}

describe('accessibility (axe-core)', () => {
  it('the panel on an abstract page', async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/abs/2405.20519');
    const panel = page.locator('[data-arxiv-lens="panel"] [data-summary-source]');
    await expect.poll(() => panel.count()).toBeGreaterThan(0);
    expect(await findings(page, 'hosts')).toEqual([]);
    await page.close();
  });

  it('a listing: an unfolded row and the filter bar', async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/list/cs.LG/new');
    const row = '[data-arxiv-lens="row"][data-paper-id="2405.21060"]';
    // Rows are drawn near the viewport: the entry is brought into view first.
    await page.locator('#dlpage dt a[title="Abstract"][id="2405.21060"]').scrollIntoViewIfNeeded();
    await page.locator(`${row} [data-summarized]`).click();
    await expect.poll(() => page.locator(`${row} [data-summary-source]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-arxiv-lens="bar"] [data-filter][aria-pressed]').count()).toBeGreaterThan(0);
    // The tag filter open, so that its list of choices is checked too.
    await page.locator('[data-arxiv-lens="bar"] [data-filter="tag"]').click();
    await expect.poll(() => page.locator('[data-arxiv-lens="bar"] [role="option"]').count()).toBeGreaterThan(0);
    expect(await findings(page, 'hosts')).toEqual([]);
    await page.close();
  });

  it('the popup, with a saved paper', async () => {
    const abs = await openAnnotated(session.lens.extension, 'https://arxiv.org/abs/2405.20519');
    await abs.locator('[data-arxiv-lens="panel"] [data-action="save"]').click();
    const page = await openExtensionPage(session.lens.extension, 'popup.html');
    await expect.poll(() => page.locator('[data-testid="reading-item"]').count()).toBe(1);
    expect(await findings(page, 'document')).toEqual([]);
    await abs.locator('[data-arxiv-lens="panel"] [data-action="save"]').click();
    await Promise.all([abs.close(), page.close()]);
  });

  it('the options page', async () => {
    const page = await openExtensionPage(session.lens.extension, 'options.html');
    await expect.poll(() => page.locator('[data-testid="pack"]').count()).toBeGreaterThan(0);
    expect(await findings(page, 'document')).toEqual([]);
    await page.close();
  });
});
