import { describe, expect, it } from 'vitest';
import { openAnnotated, type Tab } from '../support/driver';
import { useExtension } from '../support/session';
import { endListVisits, entriesWith, rowsWith } from '../support/listing';

const session = useExtension();

const LISTING = 'https://arxiv.org/list/cs.LG/new';
const SEARCH = 'https://arxiv.org/search/?query=mamba&searchtype=all&source=header';
const BAR = '[data-arxiv-lens="bar"] >>>';
/** The listing's first three entries, in order. */
const NEW = ['2406.07550', '2406.02543', '2406.08464'];
const HISTORY = ['seenDays', 'listingVisits', 'triageProgress', 'dismissed'] as const;

const current = async (tab: Tab) => (await rowsWith(tab, 'data-current'))[0];

/** Every row of these tables, read straight from the extension's database on one of its pages. */
function readTables(page: Tab, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('arxiv-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (rows[name] = all.result);
          }
          tx.oncomplete = () => resolve(rows);
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...tables],
  );
}

const counts = async (page: Tab, tables: readonly string[]) => {
  const rows = await readTables(page, tables);
  return tables.map((name) => rows[name]!.length);
};

describe('the list history', () => {
  it('keeps no search text, and "Clear list history" forgets it all once confirmed, the reading list untouched', async () => {
    const search = await openAnnotated(session.lens, SEARCH);
    await search.waitFor(() => document.querySelector('[data-arxiv-lens="bar"]'));
    await search.close();

    const listing = await openAnnotated(session.lens, LISTING);
    await listing.click(`${BAR} [data-action="triage"]`);
    await expect.poll(() => current(listing)).toBe(NEW[0]);
    await listing.key('s');
    await expect.poll(() => listing.attr(`[data-paper-id="${NEW[0]}"] >>> [data-action="save"]`, 'aria-pressed')).toBe('true');
    await listing.key('j');
    await expect.poll(() => current(listing)).toBe(NEW[1]);
    await listing.key('x');
    await expect.poll(() => current(listing)).toBe(NEW[2]);
    await listing.close();

    // The next visit shows what this one did as seen before.
    await endListVisits(session.lens);
    const control = await openAnnotated(session.lens, LISTING);
    await expect.poll(() => entriesWith(control, 'arxiv-lens-seen')).toHaveLength(7);
    await control.close();

    const options = await session.lens.openPage('options.html');
    // One day of seen papers, the search's and the listing's visits, where triage stopped, one paper set aside.
    expect(await counts(options, HISTORY)).toEqual([1, 2, 1, 1]);
    const stored = JSON.stringify(await readTables(options, HISTORY));
    expect(stored).not.toContain('mamba');
    expect(stored).not.toContain('arxiv.org');

    // Cancelling forgets nothing.
    await options.click('[data-action="clear-history"]');
    await options.click('[data-action="cancel-clear-history"]');
    expect(await counts(options, HISTORY)).toEqual([1, 2, 1, 1]);

    await options.click('[data-action="clear-history"]');
    await options.click('[data-action="confirm-clear-history"]');
    expect(await options.text('[data-testid="history-cleared"]')).toBe('List history cleared.');
    expect(await readTables(options, [...HISTORY, 'abstracts'])).toEqual({
      seenDays: [],
      listingVisits: [],
      triageProgress: [],
      dismissed: [],
      abstracts: [],
    });
    expect(((await readTables(options, ['readingList'])).readingList as { id: string }[]).map((entry) => entry.id)).toEqual([NEW[0]]);
    await options.close();

    // What the lists showed is forgotten by the background too: a later visit sees nothing before, and nothing set aside.
    await endListVisits(session.lens);
    const later = await openAnnotated(session.lens, LISTING);
    // The background has answered the page once it has stored what the page showed.
    const check = await session.lens.openPage('options.html');
    await expect.poll(() => counts(check, ['seenDays'])).toEqual([1]);
    await check.close();
    await later.waitFor(() => document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector('[data-filter="unseen"]'));
    expect(await rowsWith(later, 'data-seen')).toEqual([]);
    expect(await later.count(`${BAR} [data-count="dismissed"]`)).toBe(0);
    expect(await later.attr(`[data-paper-id="${NEW[0]}"] >>> [data-action="save"]`, 'aria-pressed')).toBe('true');
    await later.close();
  });
});
