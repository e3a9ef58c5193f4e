import { describe, expect, it } from 'vitest';
import { openAnnotated, type Tab } from '../support/driver';
import { scrollToRow } from '../support/listing';
import { useExtension } from '../support/session';

const session = useExtension();

const SAVED = ['2405.20519', '2405.21060', '2406.02543'];

function readingIds(popup: Tab) {
  return popup.evaluate(() => [...document.querySelectorAll('[data-testid="reading-item"]')].map((i) => i.getAttribute('data-paper-id')));
}

describe('the reading list', () => {
  it('papers saved on arXiv pages are in the popup', async () => {
    const abs = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    await abs.click('[data-arxiv-lens="panel"] >>> [data-action="save"]');
    const listing = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    for (const id of SAVED.slice(1)) {
      await scrollToRow(listing, id);
      await listing.click(`[data-paper-id="${id}"] >>> [data-action="save"]`);
      await expect.poll(() => listing.attr(`[data-paper-id="${id}"] >>> [data-action="save"]`, 'aria-pressed')).toBe('true');
    }
    const popup = await session.lens.openPage('popup.html');
    await expect.poll(() => readingIds(popup).then((ids) => ids.sort())).toEqual([...SAVED].sort());
    await Promise.all([abs.close(), listing.close(), popup.close()]);
  });

  it('searches titles, summaries and tags as you type', async () => {
    const popup = await session.lens.openPage('popup.html');
    const search = '[data-action="search"]';
    await popup.fill(search, 'syntax tre');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.20519']);
    // "duality" is only in a title; "hallucination" only in a curated tag; "Berkeley" only in a summary.
    await popup.fill(search, 'duality');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.fill(search, 'hallucination');
    await expect.poll(() => readingIds(popup)).toEqual(['2406.02543']);
    await popup.fill(search, '');
    await expect.poll(() => readingIds(popup).then((ids) => ids.length)).toBe(3);
    await popup.close();
  });

  it('changes state, filters by it, and keeps a note', async () => {
    const popup = await session.lens.openPage('popup.html');
    const item = '[data-testid="reading-item"][data-paper-id="2405.21060"]';
    await popup.select(`${item} [data-action="state"]`, 'reading');
    await expect.poll(() => popup.attr(item, 'data-state')).toBe('reading');
    await popup.select('[data-action="filter-state"]', 'reading');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.select('[data-action="filter-state"]', 'all');

    await popup.click(`${item} [data-action="toggle-note"]`);
    await popup.fill(`${item} [data-action="note"]`, 'Compare with Mamba-1.\nSection 6 has the SSD algorithm.');
    await popup.click(`${item} [data-action="toggle-note"]`);
    await expect.poll(() => popup.text(`${item} .ri-note-preview`)).toBe('Compare with Mamba-1.');
    await popup.fill('[data-action="search"]', 'SSD algorithm');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.close();
  });

  it('removes with undo', async () => {
    const popup = await session.lens.openPage('popup.html');
    await popup.click('[data-paper-id="2406.02543"] [data-action="remove"]');
    await expect.poll(() => readingIds(popup).then((ids) => ids.includes('2406.02543'))).toBe(false);
    await popup.click('[data-action="undo"]');
    await expect.poll(() => readingIds(popup).then((ids) => ids.includes('2406.02543'))).toBe(true);
    await popup.close();
  });

  it('a removal in the popup and its undo show in an open arXiv tab', async () => {
    const abs = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const save = '[data-arxiv-lens="panel"] >>> [data-action="save"]';
    expect(await abs.attr(save, 'aria-pressed')).toBe('true');
    const popup = await session.lens.openPage('popup.html');
    await popup.click('[data-paper-id="2405.20519"] [data-action="remove"]');
    await expect.poll(() => abs.attr(save, 'aria-pressed')).toBe('false');
    await popup.click('[data-action="undo"]');
    await expect.poll(() => abs.attr(save, 'aria-pressed')).toBe('true');
    await Promise.all([abs.close(), popup.close()]);
  });

  it('exports a backup and BibTeX, and a re-import restores what was removed without losing newer data', async () => {
    const options = await session.lens.openPage('options.html');
    const backup = await options.download('[data-export="backup"]');
    expect(backup.name).toMatch(/\.json$/);
    const bibtex = await options.download('[data-export="bibtex"]');
    expect(bibtex.text).toContain('eprint = {2405.21060}');
    expect(bibtex.text).toContain('archivePrefix = {arXiv}');

    // Lose two papers and change a state after the backup.
    const popup = await session.lens.openPage('popup.html');
    for (const id of ['2405.20519', '2405.21060']) await popup.click(`[data-paper-id="${id}"] [data-action="remove"]`);
    await popup.select('[data-paper-id="2406.02543"] [data-action="state"]', 'done');
    await expect.poll(() => readingIds(popup)).toEqual(['2406.02543']);

    await options.upload('[data-action="import"]', { name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    const report = '[data-testid="import-report"]';
    // 2405.20519 comes back whole; 2405.21060 kept its note when removed, so it is merged; 2406.02543 is newer here.
    await expect.poll(() => options.text(`${report} [data-count="added"]`)).toBe('1 added');
    expect(await options.text(`${report} [data-count="merged"]`)).toBe('1 merged');
    expect(await options.text(`${report} [data-count="unchanged"]`)).toBe('1 unchanged');
    expect(await options.text(`${report} [data-count="rejected"]`)).toBe('0 rejected');
    await expect.poll(() => readingIds(popup).then((ids) => ids.sort())).toEqual([...SAVED].sort());
    const restored = '[data-testid="reading-item"][data-paper-id="2405.21060"]';
    expect(await popup.attr(restored, 'data-state')).toBe('reading');
    expect(await popup.text(`${restored} .ri-note-preview`)).toBe('Compare with Mamba-1.');
    // The state changed after the backup is newer than the backup's: it stays.
    expect(await popup.attr('[data-paper-id="2406.02543"]', 'data-state')).toBe('done');

    await options.upload('[data-action="import"]', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await expect.poll(() => options.text('[data-testid="import-error"]')).toContain('Nothing was changed');
    expect((await readingIds(popup)).length).toBe(3);
    await Promise.all([options.close(), popup.close()]);
  });

  it('is keyboard navigable', async () => {
    const popup = await session.lens.openPage('popup.html');
    await popup.focus('[data-testid="reading-item"]');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-paper-id'));
    const first = await focused();
    await popup.key('ArrowDown');
    await expect.poll(focused).not.toBe(first);
    await popup.key('ArrowUp');
    await expect.poll(focused).toBe(first);
    await popup.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
