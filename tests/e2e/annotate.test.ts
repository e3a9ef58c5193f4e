import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateListing, monthIds } from '../fixtures/generate-listing';
import { hostsOf, openAnnotated, openExtensionPage } from './harness';
import { core, summarized } from './core-pack';
import { useExtension } from './session';

const session = useExtension();

const pressed = (page: Page, id: string) =>
  page.locator(`[data-paper-id="${id}"]`).first().locator('button[data-action="save"]').getAttribute('aria-pressed');

describe('saving and tagging while browsing', () => {
  it('save and tag from the panel, and see it in another open tab and in the popup', async () => {
    const listing = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    expect(await pressed(listing, '2405.20519')).toBe('false');

    const abs = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519v2');
    const panel = abs.locator('[data-arxiv-lens="panel"]');
    await panel.locator('button[data-action="save"]').click();
    await expect.poll(() => pressed(abs, '2405.20519')).toBe('true');
    expect(await panel.locator('button[data-action="save"]').textContent()).toContain('to read');
    await panel.locator('input[data-action="add-tag"]').fill('To Discuss');
    await panel.locator('input[data-action="add-tag"]').press('Enter');
    await expect.poll(() => panel.locator('[data-tag="to discuss"]').count()).toBe(1);

    // The listing tab, opened before, follows without a reload.
    await expect.poll(() => pressed(listing, '2405.20519')).toBe('true');
    await expect.poll(() => listing.locator('[data-paper-id="2405.20519"] [data-tag="to discuss"]').count()).toBe(1);

    const popup = await openExtensionPage(session.ext, 'popup.html');
    const item = popup.locator('[data-testid="reading-item"][data-paper-id="2405.20519"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('[data-tag="to discuss"]').count()).toBe(1);
    expect(await item.textContent()).toContain('Diffusion On Syntax Trees For Program Synthesis');

    // Removing a tag with a click, and unsaving, travel back the same way.
    await panel.locator('[data-tag="to discuss"] button').click();
    await panel.locator('button[data-action="save"]').click();
    await expect.poll(() => pressed(listing, '2405.20519')).toBe('false');
    await expect.poll(() => listing.locator('[data-paper-id="2405.20519"] [data-tag="to discuss"]').count()).toBe(0);
    await expect.poll(() => item.count()).toBe(0);
    await Promise.all([listing.close(), abs.close(), popup.close()]);
  });

  it('remembers a folded panel on the next paper page', async () => {
    const first = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    await first.locator('[data-arxiv-lens="panel"] button[aria-expanded="true"]').first().click();
    await expect.poll(() => first.locator('[data-summary-source]').count()).toBe(0);
    const second = await openAnnotated(session.ext, 'https://arxiv.org/abs/1902.02534');
    await expect.poll(() => second.locator('[data-arxiv-lens="panel"] .lens-collapse').getAttribute('aria-expanded')).toBe('false');
    await second.locator('[data-arxiv-lens="panel"] .lens-collapse').click();
    await expect.poll(() => first.locator('[data-summary-source]').count()).toBeGreaterThan(0);
    await Promise.all([first.close(), second.close()]);
  });

  it('folds long summaries behind "more"', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    const summary = page.locator('[data-summary-source="AI Timeline"]');
    const folded = (await summary.textContent())!.length;
    await summary.locator('button', { hasText: 'more' }).click();
    expect((await summary.textContent())!.length).toBeGreaterThan(folded);
    await page.close();
  });
});

describe('lists', () => {
  it('a listing page gets a bar with counts and filters that hide entries without reloading', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    const bar = page.locator('[data-arxiv-lens="bar"]');
    const ids = (await hostsOf(page)).map((h) => h.id!);
    const marked = ids.filter((id) => summarized.has(id));
    expect(await bar.locator('[data-count="papers"]').textContent()).toBe(`${ids.length} papers`);
    expect(await bar.locator('[data-count="summarized"]').textContent()).toBe(`${marked.length} summarized`);
    const hiddenIds = () =>
      page.$$eval('#dlpage dt', (dts) => dts.filter((dt) => getComputedStyle(dt).display === 'none').map((dt) => dt.querySelector('a[title="Abstract"]')!.id));
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    await bar.locator('[data-filter="summarized"]').check();
    expect(await hiddenIds()).toEqual(ids.filter((id) => !summarized.has(id)));
    await bar.locator('[data-filter="summarized"]').uncheck();
    expect(await hiddenIds()).toEqual([]);

    const tag = core.papers.find((p) => p.id === marked[0])!.tags[0]!;
    await bar.locator('[data-filter="tag"]').selectOption(tag);
    const withTag = ids.filter((id) => core.papers.find((p) => p.id === id)?.tags.includes(tag));
    expect(await hiddenIds()).toEqual(ids.filter((id) => !withTag.includes(id)));
    await bar.locator('[data-filter="tag"]').selectOption('');

    await page.locator(`[data-paper-id="${ids[0]}"] button[data-action="save"]`).click();
    await expect.poll(() => bar.locator('[data-count="saved"]').textContent()).toBe('1 saved');
    await bar.locator('[data-filter="hide-saved"]').check();
    expect(await hiddenIds()).toEqual([ids[0]]);
    expect(navigations).toEqual([]);
    await bar.locator('[data-filter="hide-saved"]').uncheck();
    await page.locator(`[data-paper-id="${ids[0]}"] button[data-action="save"]`).click();
    await page.close();
  });

  it('a row unfolds its summary under the entry', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    const row = page.locator('[data-arxiv-lens="row"][data-paper-id="2405.21060"]');
    expect(await row.locator('[data-summary-source]').count()).toBe(0);
    await row.locator('[data-summarized]').click();
    expect(await row.locator('[data-summary-source="AI Timeline"]').count()).toBe(1);
    await page.close();
  });

  it('a 2,000-entry listing is annotated completely: a host per paper, rendered as the reader gets to it', async () => {
    const ids = [...core.papers.filter((p) => p.id?.startsWith('2406.')).map((p) => p.id!), ...monthIds(2000, '2407')].slice(0, 2000);
    session.ext.serve('https://arxiv.org/list/cs.LG/pastweek', generateListing(ids));
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000');
    expect(await page.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBe('2000');
    const rows = () =>
      page.$$eval('[data-arxiv-lens="row"]', (hosts) =>
        hosts.map((h) => ({ id: h.getAttribute('data-paper-id'), rendered: h.shadowRoot?.querySelector('.lens-row') !== null, marked: h.shadowRoot?.querySelector('[data-summarized]') !== null })),
      );
    const first = await rows();
    expect(first.map((r) => r.id)).toEqual(ids);
    // The first screens are rendered at once, with their summary markers.
    expect(first.slice(0, 10).every((r) => r.rendered)).toBe(true);
    expect(first.slice(0, 10).filter((r) => r.marked).map((r) => r.id)).toEqual(ids.slice(0, 10).filter((id) => summarized.has(id)));
    // Reading down the page renders every row, once.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 2000) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await expect.poll(async () => (await rows()).every((r) => r.rendered)).toBe(true);
    expect((await rows()).filter((r) => r.marked).length).toBe(ids.filter((id) => summarized.has(id)).length);
    expect(await page.locator('[data-arxiv-lens="bar"] [data-count="summarized"]').textContent()).toBe(`${ids.filter((id) => summarized.has(id)).length} summarized`);
    await page.close();
  });

  it('a Hugging Face list gets rows and a bar; an HTML paper a compact panel', async () => {
    const hf = await openAnnotated(session.ext, 'https://huggingface.co/papers/date/2024-06-03');
    expect(await hf.locator('[data-arxiv-lens="bar"]').count()).toBe(1);
    expect(await hf.locator('[data-arxiv-lens="row"] button[data-action="save"]').count()).toBe(4);
    const html = await openAnnotated(session.ext, 'https://arxiv.org/html/2405.20519v2');
    expect(await html.locator('[data-arxiv-lens="panel"] .lens-compact').count()).toBe(1);
    expect(await html.locator('[data-arxiv-lens="panel"] [data-summary-source="AI Timeline"]').count()).toBe(1);
    await Promise.all([hf.close(), html.close()]);
  });
});

describe('everywhere', () => {
  it('"Save to reading list" on a link saves the paper it names', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    await session.ext.worker.evaluate(() =>
      chrome.contextMenus.onClicked.dispatch({
        menuItemId: 'save-paper-link',
        linkUrl: 'https://www.alphaxiv.org/abs/2312.00752v2',
        editable: false,
        pageUrl: 'https://example.org/blog',
      }),
    );
    await expect.poll(() => popup.locator('[data-testid="reading-item"][data-paper-id="2312.00752"]').count()).toBe(1);
    await popup.locator('[data-paper-id="2312.00752"] [data-action="remove"]').click();
    await popup.close();
  });

  it('the badge shows when a tab\'s paper has a curated summary, PDF tabs included', async () => {
    session.ext.serve('https://arxiv.org/pdf/2405.21060', '%PDF-1.4 stand-in', 'text/plain');
    const pages = [await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519'), await openAnnotated(session.ext, 'https://arxiv.org/abs/1902.02534')];
    const pdf = await session.ext.context.newPage();
    await pdf.goto('https://arxiv.org/pdf/2405.21060');
    const badge = (url: string) =>
      session.ext.worker.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return chrome.action.getBadgeText({ tabId: tab!.id! });
      }, url);
    await expect.poll(() => badge('https://arxiv.org/abs/2405.20519')).toMatch(/^[1-9]/);
    await expect.poll(() => badge('https://arxiv.org/pdf/2405.21060')).toMatch(/^[1-9]/);
    expect(await badge('https://arxiv.org/abs/1902.02534')).toBe('');
    await Promise.all([...pages, pdf].map((p) => p.close()));
  });

  it('a page whose layout does not match is left exactly as it was', async () => {
    const html = readFileSync('tests/fixtures/abs/abs_1902.02534_fetched-2026-07-12.html', 'utf8').replace(/<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>/, '');
    session.ext.serve('https://arxiv.org/abs/2401.00001', html);
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2401.00001');
    expect(await page.locator('arxiv-lens').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBe('0');
    const same = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return served.body.querySelectorAll('*').length === document.body.querySelectorAll('*').length;
    });
    expect(same).toBe(true);
    await page.close();
  });

  it('hosts are reachable by keyboard and labelled for screen readers', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    const labels = await page.locator('[data-arxiv-lens="panel"] button, [data-arxiv-lens="panel"] input').evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''),
    );
    expect(labels.every((l) => l.length > 0)).toBe(true);
    await page.locator('[data-arxiv-lens="panel"] button[data-action="save"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pressed(page, '2405.20519')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => pressed(page, '2405.20519')).toBe('false');
    await page.close();
  });

  it('logged no errors of its own', () => {
    expect(session.ext.errors).toEqual([]);
  });
});

