import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAnnotated, openExtensionPage } from './harness';
import { useExtension } from './session';

const session = useExtension();

const SAVED = ['2405.20519', '2405.21060', '2406.02543'];

async function readingIds(popup: import('playwright-core').Page) {
  return popup.locator('[data-testid="reading-item"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-paper-id')));
}

describe('the reading list', () => {
  it('papers saved on arXiv pages are in the popup', async () => {
    const abs = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    await abs.locator('[data-arxiv-lens="panel"] button[data-action="save"]').click();
    const listing = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    for (const id of SAVED.slice(1)) {
      await listing.locator(`[data-paper-id="${id}"] button[data-action="save"]`).click();
      await expect.poll(() => listing.locator(`[data-paper-id="${id}"] button[data-action="save"]`).getAttribute('aria-pressed')).toBe('true');
    }
    const popup = await openExtensionPage(session.ext, 'popup.html');
    await expect.poll(() => readingIds(popup).then((ids) => ids.sort())).toEqual([...SAVED].sort());
    await Promise.all([abs.close(), listing.close(), popup.close()]);
  });

  it('searches titles, summaries and tags as you type', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const search = popup.locator('[data-action="search"]');
    await search.fill('syntax tre');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.20519']);
    // "duality" is only in a title; "hallucination" only in a curated tag; "Berkeley" only in a summary.
    await search.fill('duality');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await search.fill('hallucination');
    await expect.poll(() => readingIds(popup)).toEqual(['2406.02543']);
    await search.fill('');
    await expect.poll(() => readingIds(popup).then((ids) => ids.length)).toBe(3);
    await popup.close();
  });

  it('changes state, filters by it, and keeps a note', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const item = popup.locator('[data-testid="reading-item"][data-paper-id="2405.21060"]');
    await item.locator('[data-action="state"]').selectOption('reading');
    await expect.poll(() => item.getAttribute('data-state')).toBe('reading');
    await popup.locator('[data-action="filter-state"]').selectOption('reading');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.locator('[data-action="filter-state"]').selectOption('all');

    await item.locator('[data-action="toggle-note"]').click();
    await item.locator('[data-action="note"]').fill('Compare with Mamba-1.\nSection 6 has the SSD algorithm.');
    await item.locator('[data-action="toggle-note"]').click();
    await expect.poll(() => item.locator('.ri-note-preview').textContent()).toBe('Compare with Mamba-1.');
    await popup.locator('[data-action="search"]').fill('SSD algorithm');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.close();
  });

  it('removes with undo', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    await popup.locator('[data-paper-id="2406.02543"] [data-action="remove"]').click();
    await expect.poll(() => readingIds(popup).then((ids) => ids.includes('2406.02543'))).toBe(false);
    await popup.locator('[data-action="undo"]').click();
    await expect.poll(() => readingIds(popup).then((ids) => ids.includes('2406.02543'))).toBe(true);
    await popup.close();
  });

  it('exports a backup and BibTeX, and a re-import restores what was removed without losing newer data', async () => {
    const options = await openExtensionPage(session.ext, 'options.html');
    const download = async (format: string) => {
      const [file] = await Promise.all([options.waitForEvent('download'), options.locator(`[data-export="${format}"]`).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const backup = await download('backup');
    expect(backup.name).toMatch(/\.json$/);
    const bibtex = await download('bibtex');
    expect(bibtex.text).toContain('eprint = {2405.21060}');
    expect(bibtex.text).toContain('archivePrefix = {arXiv}');

    // Lose two papers and change a state after the backup.
    const popup = await openExtensionPage(session.ext, 'popup.html');
    for (const id of ['2405.20519', '2405.21060']) await popup.locator(`[data-paper-id="${id}"] [data-action="remove"]`).click();
    await popup.locator('[data-paper-id="2406.02543"] [data-action="state"]').selectOption('done');
    await expect.poll(() => readingIds(popup)).toEqual(['2406.02543']);

    await options.locator('[data-action="import"]').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    const report = options.locator('[data-testid="import-report"]');
    // 2405.20519 comes back whole; 2405.21060 kept its note when removed, so it is merged; 2406.02543 is newer here.
    await expect.poll(() => report.locator('[data-count="added"]').textContent()).toBe('1 added');
    expect(await report.locator('[data-count="merged"]').textContent()).toBe('1 merged');
    expect(await report.locator('[data-count="unchanged"]').textContent()).toBe('1 unchanged');
    expect(await report.locator('[data-count="rejected"]').textContent()).toBe('0 rejected');
    await expect.poll(() => readingIds(popup).then((ids) => ids.sort())).toEqual([...SAVED].sort());
    const restored = popup.locator('[data-testid="reading-item"][data-paper-id="2405.21060"]');
    expect(await restored.getAttribute('data-state')).toBe('reading');
    expect(await restored.locator('.ri-note-preview').textContent()).toBe('Compare with Mamba-1.');
    // The state changed after the backup is newer than the backup's: it stays.
    expect(await popup.locator('[data-paper-id="2406.02543"]').getAttribute('data-state')).toBe('done');

    await options.locator('[data-action="import"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect.poll(() => options.locator('[data-testid="import-error"]').textContent()).toContain('Nothing was changed');
    expect((await readingIds(popup)).length).toBe(3);
    await Promise.all([options.close(), popup.close()]);
  });

  it('is keyboard navigable', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    await popup.locator('[data-testid="reading-item"]').first().focus();
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-paper-id'));
    const first = await focused();
    await popup.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBe(first);
    await popup.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe(first);
    await popup.close();
  });

  it('logged no errors of its own', () => {
    expect(session.ext.errors).toEqual([]);
  });
});
