import { describe, expect, it } from 'vitest';
import { generateListing, monthIds } from '../../fixtures/generate-listing';
import { readyCount, scrollThroughRows } from '../support/driver';
import { useExtension } from '../support/session';

const session = useExtension();

/** Entries the page holds before its held script; as many follow it. */
const BEFORE_SCRIPT = 30;
const ids = monthIds(60, '2408');
const url = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=60';
const HELD_SCRIPT = 'https://arxiv.org/static/browse/held-back.js';

/**
 * The listing with a script of the page's own after its 30th entry: the parser stops there until
 * the script arrives, so the test holds the page in the middle of being parsed as long as it likes.
 */
function listingHeldAfter(count: number): string {
  const html = generateListing(ids);
  const at = html.indexOf(`<dt>\n  <a name='item${count + 1}'>`);
  return `${html.slice(0, at)}<script src="${HELD_SCRIPT}"></script>\n${html.slice(at)}`;
}

/** Whether the page is still parsed, and every entry meeting the viewport has its row rendered. */
const firstScreenWhileParsed = () => {
  if (document.readyState !== 'loading') return 'parsed';
  let onScreen = 0;
  for (const dt of document.querySelectorAll('#dlpage dt')) {
    if (dt.getBoundingClientRect().top >= innerHeight) break;
    const rows = dt.querySelectorAll('[data-arxiv-lens="row"]');
    if (rows.length !== 1 || !rows[0]!.shadowRoot?.querySelector('.lens-row')) return 'missing';
    onScreen++;
  }
  return onScreen > 0 ? 'annotated' : 'missing';
};

describe('a long list as it is parsed', () => {
  it("shows the first screen's rows before the page is parsed, and after it exactly one row per entry", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    session.lens.serve('https://arxiv.org/list/cs.LG/pastweek', listingHeldAfter(BEFORE_SCRIPT));
    session.lens.serve(HELD_SCRIPT, '', 'text/javascript', held);
    const tab = await session.lens.newTab();
    const opened = tab.goto(url);
    await expect.poll(() => tab.evaluate(firstScreenWhileParsed).catch(() => 'not there yet'), { timeout: 30_000 }).toBe('annotated');
    expect(await tab.evaluate(() => document.documentElement.dataset.arxivLensReady)).toBeUndefined();

    release();
    await opened;
    await tab.waitFor(() => document.documentElement.dataset.arxivLensReady !== undefined);
    expect(await readyCount(tab)).toBe(String(ids.length));
    await scrollThroughRows(tab);
    const rowsPerEntry = await tab.evaluate(() =>
      [...document.querySelectorAll('#dlpage dt')].map((dt) =>
        [...dt.querySelectorAll('[data-arxiv-lens="row"]')].map((row) => row.getAttribute('data-paper-id')),
      ),
    );
    expect(rowsPerEntry).toEqual(ids.map((id) => [id]));
    expect(await session.lens.errors()).toEqual([]);
    await tab.close();
  });
});
