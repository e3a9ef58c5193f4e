import { openExtensionPage, type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';

/** What the page logs once it has seen both: the harness asks nothing of the popup before then. */
const SHOWN = 'arxiv-lens-bench: popup shown';

/**
 * Notes when the first reading-list item reaches the page, and when the list's count first shows
 * (after it: IndexedDB counts a store by walking it), in ms since navigation started, then logs SHOWN. No named functions in here (see background-messages.ts).
 */
const WATCH_FIRST_ITEM = (shown: string) => {
  const seen = window as unknown as { __firstItem?: number; __counted?: number; __count?: string };
  const observer = new MutationObserver(() => {
    if (seen.__firstItem === undefined && document.querySelector('[data-testid="reading-item"]')) seen.__firstItem = performance.now();
    const count = document.querySelector('.rl-count')?.textContent ?? '';
    if (seen.__counted === undefined && /\S/.test(count)) {
      seen.__counted = performance.now();
      seen.__count = count;
    }
    if (seen.__firstItem === undefined || seen.__counted === undefined) return;
    observer.disconnect();
    console.debug(shown);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
};

/**
 * (5) The popup with 5,000 saved papers: its first render (its own DOMContentLoaded to the first
 * item in the page: what comes before is Chrome starting the extension page and loading its
 * scripts, whose size figure 6 holds) and one search keystroke (input event to the list updated,
 * React renders it at once).
 */
export async function measurePopup(ext: Extension, runs: number, ids: readonly string[]): Promise<Figure[]> {
  const options = await openExtensionPage(ext, 'options.html');
  await options
    .locator('[data-action="import"]')
    .setInputFiles({ name: 'ids.txt', mimeType: 'text/plain', buffer: Buffer.from(ids.slice(0, 5000).join('\n')) });
  await options.locator('[data-testid="import-report"]').waitFor({ timeout: 60_000 });
  await options.close();

  const firstRender: number[] = [];
  const counted: number[] = [];
  const keystrokes: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 440, height: 580 });
    await popup.addInitScript(WATCH_FIRST_ITEM, SHOWN);
    // Waited for by its log alone: a locator's wait evaluates Playwright's script in the popup's
    // renderer, which ran while the popup read its first screen and delayed its first render.
    const logged = popup.waitForEvent('console', { predicate: (message) => message.text() === SHOWN, timeout: 60_000 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await logged;
    const {
      first,
      count: countedAt,
      text,
    } = await popup.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const seen = window as unknown as { __firstItem: number; __counted: number; __count: string };
      return {
        first: seen.__firstItem - nav.domContentLoadedEventStart,
        count: seen.__counted - nav.domContentLoadedEventStart,
        text: seen.__count,
      };
    });
    if (text !== '5000 papers') throw new Error(`the popup shows ${text}, not 5000 papers`);
    // The search index is built once the browser is idle after the first render.
    await popup.waitForTimeout(1500);
    const typed = await popup.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('[data-action="search"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      for (const query of ['d', 'di', 'dif', 'diff', 'diffu', 'diffus']) {
        const t0 = performance.now();
        setValue.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return times;
    });
    const shown = await popup.locator('.rl-count').textContent();
    if (!shown?.includes('of 5000')) throw new Error(`the search did not filter the list: ${shown}`);
    await popup.close();
    if (i === 0) continue;
    firstRender.push(first);
    counted.push(countedAt);
    keystrokes.push(...typed);
  }
  return [
    figure('popup-first-render-5000', '5. popup with 5,000 saved papers: DOMContentLoaded → first render', 'ms', firstRender, 50),
    figure('popup-counted-5000', '5. popup with 5,000 saved papers: DOMContentLoaded → its count shown', 'ms', counted),
    figure('popup-search-keystroke-5000', '5. popup with 5,000 saved papers: one search keystroke', 'ms', keystrokes, 16),
  ];
}
