import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostsOf, openAnnotated, scrollThroughRows, type Tab } from '../support/driver';
import { newProfile } from '../support/harness';
import { launchLens, useExtension } from '../support/session';

const ABS = readFileSync('tests/fixtures/abs/abs_1902.02534_fetched-2026-07-12.html', 'utf8');
const LISTING = readFileSync('tests/fixtures/pages/listings/list_cs.LG_new.html', 'utf8');

const session = useExtension();

/** The page's own elements, ours left out, as a fingerprint of "left as it was". */
function pageShape(tab: Tab) {
  return tab.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.tagName !== 'ARXIV-LENS')
      .map((el) => `${el.tagName}${el.id ? `#${el.id}` : ''}:${getComputedStyle(el).display}`)
      .join('|'),
  );
}

function servedShape(tab: Tab) {
  return tab.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return [...served.body.querySelectorAll('*')].map((el) => `${el.tagName}${el.id ? `#${el.id}` : ''}`).join('|');
  });
}

describe('pages that are not what we expect', () => {
  it.each([
    [
      'an abstract page with its blocks reordered',
      ABS.replace(/(<h1 class="title mathjax">[\s\S]*?<\/h1>)([\s\S]*?)(<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>)/, '$3$2$1'),
      1,
    ],
    ['an abstract page without its title', ABS.replace(/<h1 class="title mathjax">[\s\S]*?<\/h1>/, ''), 1],
    ['an abstract page without its abstract', ABS.replace(/<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>/, ''), 0],
    ['an abstract page without its #abs block', ABS.replace('<div id="abs">', '<div id="abstract-moved">'), 0],
    ['an empty page', '<!DOCTYPE html><html><head></head><body></body></html>', 0],
    ['a page that is not HTML', '%PDF-1.7 binary-ish \u0000 content', 0],
  ])('%s: no error, a panel only where the abstract is', async (_name, html, panels) => {
    session.lens.serve('https://arxiv.org/abs/2401.00002', html);
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2401.00002');
    expect((await hostsOf(tab)).length).toBe(panels);
    if (panels)
      expect(await tab.evaluate(() => document.querySelector('[data-arxiv-lens="panel"]')!.parentElement?.matches('blockquote.abstract'))).toBe(true);
    await tab.close();
  });

  it.each([
    ['an empty listing', LISTING.replace(/<dl id='articles'>[\s\S]*<\/dl>/, "<dl id='articles'></dl>"), 0],
    ['a listing whose entries lost their dd', LISTING.replace(/<dd>[\s\S]*?<\/dd>/g, ''), 7],
    ['a listing whose abstract links lost their title', LISTING.replace(/title="Abstract"/g, ''), 0],
    ['a listing with broken links', LISTING.replace(/href ="\/abs\/2406\.0/g, 'href ="/abs/9999.9'), 2],
  ])('%s: no error, the page left as it was but for our hosts', async (_name, html, rows) => {
    session.lens.serve('https://arxiv.org/list/cs.XY/new', html);
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.XY/new');
    await scrollThroughRows(tab);
    expect((await hostsOf(tab)).length).toBe(rows);
    expect((await pageShape(tab)).replace(/:[a-z-]+/g, '')).toBe(await servedShape(tab));
    await tab.close();
  });

  it('Hugging Face pages that are not paper lists get nothing', async () => {
    session.lens.serve(
      'https://huggingface.co/models',
      '<!doctype html><html><body><main><article><h3><a href="/papers/2405.20519">Not a list of papers</a></h3></article></main></body></html>',
    );
    const tab = await session.lens.newTab();
    await tab.goto('https://huggingface.co/models');
    // Nothing marks "decided to do nothing": give the content script time it would have used.
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await tab.count('arxiv-lens')).toBe(0);
    await tab.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});

describe('nothing the user saved is lost', () => {
  it('saves and tag edits from five tabs at once all land', async () => {
    const ids = ['2406.07550', '2406.02543', '2406.08464', '2406.09279', '2406.07522'];
    const tabs = await Promise.all(ids.map(() => openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new')));
    const row = '[data-paper-id="2405.20519"] >>>';
    await Promise.all(
      tabs.map(async (tab, i) => {
        await tab.click(`[data-paper-id="${ids[i]}"] >>> [data-action="save"]`);
        await tab.click(`${row} .lens-add-tag`);
        await tab.fill(`${row} input[data-action="add-tag"]`, `from tab ${i + 1}`);
        await tab.press(`${row} input[data-action="add-tag"]`, 'Enter');
      }),
    );
    const popup = await session.lens.openPage('popup.html');
    await expect.poll(() => popup.count('[data-testid="reading-item"]')).toBe(5);
    for (const tab of tabs) {
      await expect.poll(() => tab.count(`${row} [data-tag^="from tab"]`)).toBe(5);
      await tab.close();
    }
    for (const id of ids) await popup.click(`[data-paper-id="${id}"] [data-action="remove"]`);
    await popup.close();
  });

  it('a hostile title from an imported file shows as text', async () => {
    const options = await session.lens.openPage('options.html');
    const title = '<img src=x onerror="window.__pwned=1">Stealthy {\\\\bf} title';
    const bib = `@article{x, title = {${title}}, eprint = {2312.13558}, archivePrefix = {arXiv}}`;
    await options.upload('[data-action="import"]', { name: 'refs.bib', mimeType: 'text/plain', buffer: Buffer.from(bib) });
    await expect.poll(() => options.count('[data-testid="import-report"]')).toBe(1);
    const popup = await session.lens.openPage('popup.html');
    const item = '[data-testid="reading-item"][data-paper-id="2312.13558"]';
    await expect.poll(() => popup.text(`${item} .ri-title`)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await popup.count(`${item} img`)).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.click(`${item} [data-action="remove"]`);
    await Promise.all([options.close(), popup.close()]);
  });

  it('the reading list survives closing and relaunching the browser', async () => {
    const profile = newProfile();
    try {
      const first = await launchLens({ profile });
      const tab = await openAnnotated(first, 'https://arxiv.org/abs/2405.20519');
      const panel = '[data-arxiv-lens="panel"] >>>';
      await tab.click(`${panel} [data-action="save"]`);
      await tab.fill(`${panel} input[data-action="add-tag"]`, 'keep me');
      await tab.press(`${panel} input[data-action="add-tag"]`, 'Enter');
      await expect.poll(() => tab.count(`${panel} [data-tag="keep me"]`)).toBe(1);
      await first.close();

      const again = await launchLens({ profile });
      const popup = await again.openPage('popup.html');
      const item = '[data-testid="reading-item"][data-paper-id="2405.20519"]';
      await expect.poll(() => popup.count(item)).toBe(1);
      expect(await popup.count(`${item} [data-tag="keep me"]`)).toBe(1);
      await again.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
