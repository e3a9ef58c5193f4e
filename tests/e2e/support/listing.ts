import type { Lens, Tab } from './driver';

/**
 * Ends the visits of every list, as three hours away from them would: the next load of a list is
 * a new visit. Written straight into the extension's database from one of its pages.
 */
export async function endListVisits(lens: Lens): Promise<void> {
  const page = await lens.openPage('options.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('arxiv-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('listingVisits', 'readwrite');
          const visits = tx.objectStore('listingVisits');
          const all = visits.getAll();
          all.onsuccess = () => {
            const hoursAgo = Date.now() - 3 * 60 * 60 * 1000;
            for (const visit of all.result) visits.put({ ...visit, startedAt: hoursAgo, lastAt: hoursAgo });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.close();
}

/** The ids of the row hosts that carry `attribute` (the DOM contract's list marks). */
export const rowsWith = (tab: Tab, attribute: string) =>
  tab.evaluate((a) => [...document.querySelectorAll(`[data-arxiv-lens="row"][${a}]`)].map((h) => h.getAttribute('data-paper-id')), attribute);

/** The ids of the listing's entries the bar's filters hide. */
export const hiddenIds = (tab: Tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('#dlpage dt')]
      .filter((dt) => getComputedStyle(dt).display === 'none')
      .map((dt) => dt.querySelector('a[title="Abstract"]')!.id),
  );

const BAR = '[data-arxiv-lens="bar"] >>>';

/** Turns one of the bar's filters on or off with a real click, as a user does, and waits for it to say so. */
export async function setFilter(tab: Tab, name: string, on: boolean): Promise<void> {
  const filter = `${BAR} [data-filter="${name}"]`;
  if ((await tab.attr(filter, 'aria-pressed')) !== String(on)) await tab.click(filter);
  await tab.waitFor(
    (want) =>
      document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector(`[data-filter="${want.name}"]`)?.getAttribute('aria-pressed') ===
      want.state,
    { name, state: String(on) },
  );
}

/** Chooses `value` in one of the bar's menus (`[data-filter="tag"]`, `[data-sort]`): a click opens it, one on the choice takes it. */
export async function choose(tab: Tab, menu: string, value: string): Promise<void> {
  await tab.click(`${BAR} ${menu}`);
  await tab.click(`${BAR} ${menu} ~ [role="listbox"] [data-value="${value}"]`);
  await tab.waitFor(
    (want) => document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector(want.menu)?.getAttribute('data-value') === want.value,
    { menu, value },
  );
}
