import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './session';
import { hostsOf, launchExtension, newProfile, openAnnotated, openExtensionPage } from './harness';

const ABS = readFileSync('tests/fixtures/abs/abs_1902.02534_fetched-2026-07-12.html', 'utf8');
const LISTING = readFileSync('tests/fixtures/pages/list_cs.LG_new_2024-layout.html', 'utf8');

const session = useExtension();

/** The page's own elements, ours left out, as a fingerprint of "left as it was". */
function pageShape(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.tagName !== 'ARXIV-LENS')
      .map((el) => `${el.tagName}${el.id ? `#${el.id}` : ''}:${getComputedStyle(el).display}`)
      .join('|'),
  );
}

async function servedShape(page: Page) {
  return page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return [...served.body.querySelectorAll('*')].map((el) => `${el.tagName}${el.id ? `#${el.id}` : ''}`).join('|');
  });
}

describe('pages that are not what we expect', () => {
  it.each([
    ['an abstract page with its blocks reordered', ABS.replace(/(<h1 class="title mathjax">[\s\S]*?<\/h1>)([\s\S]*?)(<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>)/, '$3$2$1'), 1],
    ['an abstract page without its title', ABS.replace(/<h1 class="title mathjax">[\s\S]*?<\/h1>/, ''), 1],
    ['an abstract page without its abstract', ABS.replace(/<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>/, ''), 0],
    ['an abstract page without its #abs block', ABS.replace('<div id="abs">', '<div id="abstract-moved">'), 0],
    ['an empty page', '<!DOCTYPE html><html><head></head><body></body></html>', 0],
    ['a page that is not HTML', '%PDF-1.7 binary-ish \u0000 content', 0],
  ])('%s: no error, a panel only where the abstract is', async (_name, html, panels) => {
    session.ext.serve('https://arxiv.org/abs/2401.00002', html);
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2401.00002');
    expect((await hostsOf(page)).length).toBe(panels);
    if (panels) expect(await page.$eval('[data-arxiv-lens="panel"]', (h) => h.previousElementSibling?.matches('blockquote.abstract'))).toBe(true);
    await page.close();
  });

  it.each([
    ['an empty listing', LISTING.replace(/<dl id='articles'>[\s\S]*<\/dl>/, "<dl id='articles'></dl>"), 0],
    ['a listing whose entries lost their dd', LISTING.replace(/<dd>[\s\S]*?<\/dd>/g, ''), 7],
    ['a listing whose abstract links lost their title', LISTING.replace(/title="Abstract"/g, ''), 0],
    ['a listing with broken links', LISTING.replace(/href ="\/abs\/2406\.0/g, 'href ="/abs/9999.9'), 2],
  ])('%s: no error, the page left as it was but for our hosts', async (_name, html, rows) => {
    session.ext.serve('https://arxiv.org/list/cs.XY/new', html);
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.XY/new');
    expect((await hostsOf(page)).length).toBe(rows);
    expect((await pageShape(page)).replace(/:[a-z-]+/g, '')).toBe(await servedShape(page));
    await page.close();
  });

  it('Hugging Face pages that are not paper lists get nothing', async () => {
    session.ext.serve('https://huggingface.co/models', '<!doctype html><html><body><main><article><h3><a href="/papers/2405.20519">Not a list of papers</a></h3></article></main></body></html>');
    const page = await session.ext.context.newPage();
    await page.goto('https://huggingface.co/models');
    await page.waitForTimeout(500);
    expect(await page.locator('arxiv-lens').count()).toBe(0);
    await page.close();
  });

  it('logged no errors of its own', () => {
    expect(session.ext.errors).toEqual([]);
  });
});

describe('nothing the user saved is lost', () => {
  it('saves and tag edits from five tabs at once all land', async () => {
    const ids = ['2406.07550', '2406.02543', '2406.08464', '2406.09279', '2406.07522'];
    const pages = await Promise.all(ids.map(() => openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new')));
    await Promise.all(
      pages.map(async (page, i) => {
        await page.locator(`[data-paper-id="${ids[i]}"] button[data-action="save"]`).click();
        await page.locator('[data-paper-id="2405.20519"] .lens-add-tag').click();
        await page.locator('[data-paper-id="2405.20519"] input[data-action="add-tag"]').fill(`from tab ${i + 1}`);
        await page.locator('[data-paper-id="2405.20519"] input[data-action="add-tag"]').press('Enter');
      }),
    );
    const popup = await openExtensionPage(session.ext, 'popup.html');
    await expect.poll(() => popup.locator('[data-testid="reading-item"]').count()).toBe(5);
    for (const page of pages) {
      await expect.poll(() => page.locator('[data-paper-id="2405.20519"] [data-tag^="from tab"]').count()).toBe(5);
      await page.close();
    }
    for (const id of ids) await popup.locator(`[data-paper-id="${id}"] [data-action="remove"]`).click();
    await popup.close();
  });

  it('a hostile title from an imported file shows as text', async () => {
    const options = await openExtensionPage(session.ext, 'options.html');
    const title = '<img src=x onerror="window.__pwned=1">Stealthy {\\\\bf} title';
    const bib = `@article{x, title = {${title}}, eprint = {2312.13558}, archivePrefix = {arXiv}}`;
    await options.locator('[data-action="import"]').setInputFiles({ name: 'refs.bib', mimeType: 'text/plain', buffer: Buffer.from(bib) });
    await options.locator('[data-testid="import-report"]').waitFor();
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const item = popup.locator('[data-testid="reading-item"][data-paper-id="2312.13558"]');
    await expect.poll(() => item.locator('.ri-title').textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await item.locator('img').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await item.locator('[data-action="remove"]').click();
    await Promise.all([options.close(), popup.close()]);
  });

  it('the reading list survives closing and relaunching the browser', async () => {
    const profile = newProfile();
    try {
      const first = await launchExtension({ profile });
      const page = await openAnnotated(first, 'https://arxiv.org/abs/2405.20519');
      await page.locator('[data-arxiv-lens="panel"] button[data-action="save"]').click();
      await page.locator('[data-arxiv-lens="panel"] input[data-action="add-tag"]').fill('keep me');
      await page.locator('[data-arxiv-lens="panel"] input[data-action="add-tag"]').press('Enter');
      await expect.poll(() => page.locator('[data-arxiv-lens="panel"] [data-tag="keep me"]').count()).toBe(1);
      await first.close();

      const again = await launchExtension({ profile });
      const popup = await openExtensionPage(again, 'popup.html');
      const item = popup.locator('[data-testid="reading-item"][data-paper-id="2405.20519"]');
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.locator('[data-tag="keep me"]').count()).toBe(1);
      await again.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
