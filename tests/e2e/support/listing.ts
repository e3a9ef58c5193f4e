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

/**
 * The ids of the rows whose root, inside the host's shadow root, carries `attribute` (the DOM
 * contract's list marks: `data-seen`, `data-for-you`, `data-current`); only rows that have a host.
 */
export const rowsWith = (tab: Tab, attribute: string) =>
  tab.evaluate(
    (a) =>
      [...document.querySelectorAll('[data-arxiv-lens="row"]')]
        .filter((h) => h.shadowRoot?.querySelector(`.lens-root[${a}]`))
        .map((h) => h.getAttribute('data-paper-id')),
    attribute,
  );

/** The ids of the listing's entries that carry one of the extension's classes (`arxiv-lens-seen`, `arxiv-lens-current`), whether their row has a host or not. */
export const entriesWith = (tab: Tab, className: string) =>
  tab.evaluate((c) => [...document.querySelectorAll(`#dlpage dt.${c}`)].map((dt) => dt.querySelector('a[title="Abstract"]')!.id), className);

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
  // As a reader scrolls a long list to the choice: a choice cut by the list's edge is otherwise
  // clicked at its middle, which puppeteer takes to be in view and the list's edge hides.
  await tab.evaluate(
    (want) =>
      document
        .querySelector('[data-arxiv-lens="bar"]')!
        .shadowRoot!.querySelector(`${want.menu} ~ [role="listbox"] [data-value="${CSS.escape(want.value)}"]`)!
        .scrollIntoView({ block: 'nearest' }),
    { menu, value },
  );
  await tab.click(`${BAR} ${menu} ~ [role="listbox"] [data-value="${value}"]`);
  await tab.waitFor(
    (want) => document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector(want.menu)?.getAttribute('data-value') === want.value,
    { menu, value },
  );
}

/**
 * Scrolls a paper's entry into the middle of the screen, as a reader would, and waits for its row:
 * a row gets its host only when its entry nears the viewport. Entries are told by their link to the
 * paper (arXiv's `/abs/<id>`, Hugging Face's `/papers/<id>`).
 */
export async function scrollToRow(tab: Tab, id: string): Promise<void> {
  await tab.evaluate(
    (paper) => document.querySelector(`a[href$="/abs/${paper}"], a[href$="/papers/${paper}"]`)!.scrollIntoView({ block: 'center' }),
    id,
  );
  await tab.waitFor(
    (paper) => document.querySelector(`[data-arxiv-lens="row"][data-paper-id="${paper}"]`)?.shadowRoot?.querySelector('.lens-row'),
    id,
  );
}

/**
 * One step of reading a list down a screen at a time, run in the page at every animation frame, so
 * the page lays out every position the reader stops at, as a reader's screen does: true at the
 * page's end; until then it moves on a screen once every entry on screen shows its row. Entries a
 * filter hides have no box, so are never on screen. The bench reads its pages down with it too.
 */
export const readDownStep = (): boolean => {
  const onScreen = [...document.querySelectorAll('#dlpage dt')].filter((dt) => {
    const box = dt.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  if (!onScreen.every((dt) => dt.querySelector('[data-arxiv-lens="row"]')?.shadowRoot?.querySelector('.lens-row'))) return false;
  if (scrollY + innerHeight >= document.documentElement.scrollHeight) return true;
  scrollBy(0, innerHeight);
  return false;
};

/**
 * Why reading a list down stopped, for the failure's message: where, whether the page still draws
 * frames, and each entry on screen with its row drawn, its host not drawn, or no host. A row gets
 * its host from an IntersectionObserver, which reports only at a frame: a browser that stopped
 * drawing the page's frames leaves its rows as they were, and stops `readDownStep` too.
 */
export const readDownStall = async (): Promise<string> => {
  const framing = await new Promise<boolean>((resolve) => {
    requestAnimationFrame(() => resolve(true));
    setTimeout(() => resolve(false), 3_000);
  });
  const onScreen = [...document.querySelectorAll('#dlpage dt')]
    .filter((dt) => {
      const box = dt.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    })
    .map((dt) => {
      const host = dt.querySelector('[data-arxiv-lens="row"]');
      const row = !host ? 'no host' : host.shadowRoot?.querySelector('.lens-row') ? 'drawn' : 'host not drawn';
      return `${dt.querySelector('a[title="Abstract"]')?.id ?? '?'} ${row}`;
    });
  const frames = framing ? 'the page draws frames' : 'the page drew no frame in 3 s';
  return `at ${Math.round(scrollY)} px of ${document.documentElement.scrollHeight}, ${frames}; on screen: ${onScreen.join(', ') || 'no entry'}`;
};
