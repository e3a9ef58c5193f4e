import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateListing, monthIds } from '../../fixtures/generate-listing';
import { hostsOf, openAnnotated, readyCount, scrollThroughRows, type Tab } from '../support/driver';
import { core, summarized } from '../support/core-pack';
import { choose, endListVisits, hiddenIds, readDownStep, setFilter } from '../support/listing';
import { useExtension } from '../support/session';

const session = useExtension();
/** Reading a 2,000-entry list down, screen by screen, on a busy machine. */
const READ_DOWN_MS = 120_000;

const pressed = (tab: Tab, id: string) => tab.attr(`[data-paper-id="${id}"] >>> [data-action="save"]`, 'aria-pressed');
const PANEL = '[data-arxiv-lens="panel"] >>>';

describe('saving and tagging while browsing', () => {
  it('save and tag from the panel, and see it in another open tab and in the popup', async () => {
    // A list whose first entry is the paper, so that its row is rendered without scrolling.
    const listing = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/2024-06');
    expect(await pressed(listing, '2405.20519')).toBe('false');

    const abs = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519v2');
    await abs.click(`${PANEL} [data-action="save"]`);
    await expect.poll(() => pressed(abs, '2405.20519')).toBe('true');
    expect(await abs.text(`${PANEL} [data-action="save"]`)).toContain('to read');
    await abs.fill(`${PANEL} input[data-action="add-tag"]`, 'To Discuss');
    await abs.press(`${PANEL} input[data-action="add-tag"]`, 'Enter');
    await expect.poll(() => abs.count(`${PANEL} [data-tag="to discuss"]`)).toBe(1);

    // The listing tab, opened before, follows without a reload.
    await expect.poll(() => pressed(listing, '2405.20519')).toBe('true');
    await expect.poll(() => listing.count('[data-paper-id="2405.20519"] >>> [data-tag="to discuss"]')).toBe(1);

    const popup = await session.lens.openPage('popup.html');
    const item = '[data-testid="reading-item"][data-paper-id="2405.20519"]';
    await expect.poll(() => popup.count(item)).toBe(1);
    expect(await popup.count(`${item} [data-tag="to discuss"]`)).toBe(1);
    expect(await popup.text(item)).toContain('Diffusion On Syntax Trees For Program Synthesis');

    // Removing a tag with a click, and unsaving, travel back the same way.
    await abs.click(`${PANEL} [data-tag="to discuss"] [role="button"]`);
    await abs.click(`${PANEL} [data-action="save"]`);
    await expect.poll(() => pressed(listing, '2405.20519')).toBe('false');
    await expect.poll(() => listing.count('[data-paper-id="2405.20519"] >>> [data-tag="to discuss"]')).toBe(0);
    // The popup hears of the background's write through the database's change events, which take
    // Firefox up to a few seconds while its background is busy (here, sources failing offline).
    await expect.poll(() => popup.count(item), { timeout: 5_000 }).toBe(0);
    await Promise.all([listing.close(), abs.close(), popup.close()]);
  });

  it('remembers a folded panel on the next paper page', async () => {
    const first = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    await first.click(`${PANEL} [role="button"][aria-expanded="true"]`);
    await expect.poll(() => first.count(`${PANEL} [data-summary-source]`)).toBe(0);
    const second = await openAnnotated(session.lens, 'https://arxiv.org/abs/1902.02534');
    await expect.poll(() => second.attr(`${PANEL} .lens-collapse`, 'aria-expanded')).toBe('false');
    await second.click(`${PANEL} .lens-collapse`);
    await expect.poll(() => first.count(`${PANEL} [data-summary-source]`)).toBeGreaterThan(0);
    await Promise.all([first.close(), second.close()]);
  });

  it('folds long summaries behind "more"', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const summary = `${PANEL} [data-summary-source="AI Timeline"]`;
    const folded = (await tab.text(summary)).length;
    await tab.click(`${summary} [role="button"][aria-expanded="false"]`);
    expect((await tab.text(summary)).length).toBeGreaterThan(folded);
    await tab.close();
  });
});

describe('lists', () => {
  it('a listing page gets a bar with counts and filters that hide entries without reloading', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    const bar = '[data-arxiv-lens="bar"] >>>';
    await scrollThroughRows(tab);
    const ids = (await hostsOf(tab)).map((h) => h.id!);
    const marked = ids.filter((id) => summarized.has(id));
    expect(await tab.text(`${bar} [data-count="papers"]`)).toBe(`${ids.length} papers`);
    expect(await tab.text(`${bar} [data-count="summarized"]`)).toBe(`${marked.length} summarized`);
    const hiddenIds = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('#dlpage dt')]
          .filter((dt) => getComputedStyle(dt).display === 'none')
          .map((dt) => dt.querySelector('a[title="Abstract"]')!.id),
      );
    const navigations = tab.watchNavigations();

    await setFilter(tab, 'summarized', true);
    expect(await hiddenIds()).toEqual(ids.filter((id) => !summarized.has(id)));
    await setFilter(tab, 'summarized', false);
    expect(await hiddenIds()).toEqual([]);

    const tag = core.papers.find((p) => p.id === marked[0])!.tags[0]!;
    await choose(tab, '[data-filter="tag"]', tag);
    const withTag = ids.filter((id) => core.papers.find((p) => p.id === id)?.tags.includes(tag));
    expect(await hiddenIds()).toEqual(ids.filter((id) => !withTag.includes(id)));
    await choose(tab, '[data-filter="tag"]', '');

    await tab.click(`[data-paper-id="${ids[0]}"] >>> [data-action="save"]`);
    await expect.poll(() => tab.text(`${bar} [data-count="saved"]`)).toBe('1 saved');
    await setFilter(tab, 'hide-saved', true);
    expect(await hiddenIds()).toEqual([ids[0]]);
    expect(navigations.count).toBe(0);
    await setFilter(tab, 'hide-saved', false);
    await tab.click(`[data-paper-id="${ids[0]}"] >>> [data-action="save"]`);
    await tab.close();
  });

  it("the bar's controls are reached with Tab and worked with Space, Enter and the arrow keys", async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    const bar = '[data-arxiv-lens="bar"] >>>';
    const controls = await tab.evaluate(() =>
      [...document.querySelector('[data-arxiv-lens="bar"]')!.shadowRoot!.querySelectorAll('[tabindex="0"]')].map(
        (el) => el.getAttribute('data-filter') ?? el.getAttribute('data-action') ?? (el.hasAttribute('data-sort') ? 'sort' : el.tagName),
      ),
    );
    expect(controls).toEqual(
      expect.arrayContaining(['summarized', 'hide-saved', 'unseen', 'hide-cross-lists', 'hide-replacements', 'tag', 'sort', 'triage']),
    );
    /** Where the focus is among the bar's controls, in their order in the bar. */
    const focusedAt = () =>
      tab.evaluate(() => {
        const root = document.querySelector('[data-arxiv-lens="bar"]')!.shadowRoot!;
        return [...root.querySelectorAll('[tabindex="0"]')].indexOf(root.activeElement!);
      });
    await tab.focus(`${bar} [data-filter="summarized"]`);
    const reached = [await focusedAt()];
    while (reached.length < controls.length) {
      await tab.key('Tab');
      reached.push(await focusedAt());
    }
    expect(reached).toEqual(controls.map((_, i) => i));

    const ids = (await hostsOf(tab)).map((h) => h.id!);
    await tab.focus(`${bar} [data-filter="summarized"]`);
    await tab.key(' ');
    await expect.poll(() => tab.attr(`${bar} [data-filter="summarized"]`, 'aria-pressed')).toBe('true');
    expect(await hiddenIds(tab)).toEqual(ids.filter((id) => !summarized.has(id)));
    await tab.key('Enter');
    await expect.poll(() => tab.attr(`${bar} [data-filter="summarized"]`, 'aria-pressed')).toBe('false');
    expect(await hiddenIds(tab)).toEqual([]);

    const menu = `${bar} [data-filter="tag"]`;
    await tab.focus(menu);
    await tab.key('ArrowDown');
    await expect.poll(() => tab.attr(menu, 'aria-expanded')).toBe('true');
    const tags = await tab.texts(`${menu} ~ [role="listbox"] [role="option"]`);
    await tab.key('Escape');
    await expect.poll(() => tab.attr(menu, 'aria-expanded')).toBe('false');
    expect(await tab.attr(menu, 'data-value')).toBe('');
    await tab.key('Enter');
    await tab.key('ArrowDown');
    await tab.key('Enter');
    await expect.poll(() => tab.attr(menu, 'data-value')).toBe(tags[1]);
    const withTag = ids.filter((id) => core.papers.find((p) => p.id === id)?.tags.includes(tags[1]!));
    expect(await hiddenIds(tab)).toEqual(ids.filter((id) => !withTag.includes(id)));
    await tab.close();
  });

  it('a row shows its summary in one line, and unfolds every summary under the entry', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    const row = '[data-arxiv-lens="row"][data-paper-id="2406.02543"] >>>';
    expect(await tab.count(`${row} .lens-line[data-summary-source="AI Timeline"]`)).toBe(1);
    expect(await tab.count(`${row} .lens-row-summaries`)).toBe(0);
    await tab.click(`${row} [data-summarized]`);
    expect(await tab.count(`${row} .lens-row-summaries [data-summary-source="AI Timeline"]`)).toBe(1);
    await tab.close();
  });

  it('a 2,000-entry listing has rows only where the reader is: filters, seen marks and counts reach every entry, and reading to the end gives each its row', async () => {
    const ids = [...core.papers.filter((p) => p.id?.startsWith('2406.')).map((p) => p.id!), ...monthIds(2000, '2407')].slice(0, 2000);
    const withSummary = ids.filter((id) => summarized.has(id));
    const url = 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000';
    session.lens.serve('https://arxiv.org/list/cs.LG/pastweek', generateListing(ids));
    const bar = '[data-arxiv-lens="bar"] >>>';
    const first = await openAnnotated(session.lens, url);
    expect(await readyCount(first)).toBe('2000');
    const hostsAtFirst = await first.count('[data-arxiv-lens="row"]');
    expect(hostsAtFirst).toBeGreaterThan(0);
    expect(hostsAtFirst).toBeLessThan(200);
    expect(await first.text(`${bar} [data-count="papers"]`)).toBe('2000 papers');
    expect(await first.text(`${bar} [data-count="summarized"]`)).toBe(`${withSummary.length} summarized`);
    await first.close();
    await endListVisits(session.lens);

    // The next visit: every paper was shown before. A filter set before reading hides the entries that have no row yet.
    const tab = await openAnnotated(session.lens, url);
    await expect.poll(() => tab.text(`${bar} [data-count="seen"]`)).toContain('2000 seen before');
    await setFilter(tab, 'summarized', true);
    const entries = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('#dlpage dt')].map((dt) => {
          const root = dt.querySelector('[data-arxiv-lens="row"]')?.shadowRoot?.querySelector('.lens-root');
          return {
            id: dt.querySelector('a[title="Abstract"]')!.id,
            hidden: getComputedStyle(dt).display === 'none',
            row: root?.querySelector('.lens-row') ? ('rendered' as const) : root ? ('empty' as const) : ('none' as const),
            seen: root?.hasAttribute('data-seen') ?? false,
            dimmed: getComputedStyle(dt).opacity === '0.55',
          };
        }),
      );
    const filtered = await entries();
    expect(filtered.filter((e) => !e.hidden).map((e) => e.id)).toEqual(withSummary);
    expect(filtered.filter((e) => e.hidden && e.row === 'none').length).toBeGreaterThan(1000);
    expect(filtered.every((e) => e.dimmed)).toBe(true);

    // Reading down the page a screen at a time, as a reader does: rows come as their entries near.
    await tab.waitFor(readDownStep, undefined, READ_DOWN_MS);
    const read = await entries();
    expect(read.filter((e) => !e.hidden).map((e) => e.id)).toEqual(withSummary);
    expect(read.filter((e) => !e.hidden && !(e.row === 'rendered' && e.seen))).toEqual([]);

    await setFilter(tab, 'summarized', false);
    await tab.evaluate(() => scrollTo(0, 0));
    await tab.waitFor(readDownStep, undefined, READ_DOWN_MS);
    const all = await entries();
    expect(all.map((e) => e.id)).toEqual(ids);
    expect(all.filter((e) => e.hidden || e.row !== 'rendered' || !e.seen || !e.dimmed)).toEqual([]);
    expect(await tab.count('[data-arxiv-lens="row"] >>> [data-summarized]')).toBe(withSummary.length);
    await tab.close();
  }, 240_000);

  it('a Hugging Face list gets rows and a bar; an HTML paper a compact panel', async () => {
    const hf = await openAnnotated(session.lens, 'https://huggingface.co/papers/date/2024-06-03');
    expect(await hf.count('[data-arxiv-lens="bar"]')).toBe(1);
    expect(await hf.count('[data-arxiv-lens="row"] >>> [data-action="save"]')).toBe(4);
    // A paper no pack summarizes gets the key sentence of the abstract in the page's data; a curated summary comes first.
    const line = (id: string) => `[data-paper-id="${id}"] >>> .lens-line[data-summary-source]`;
    expect(summarized.has('2405.20340')).toBe(false);
    await expect.poll(() => hf.attr(line('2405.20340'), 'data-summary-source')).toBe('Key sentence from the abstract');
    expect(await hf.text(`${line('2405.20340')} .lens-ai`)).toBe('not AI-generated');
    expect(await hf.text(`${line('2405.20340')} .lens-line-text`)).toMatch(/^This study delves into the realm of multi-modality/);
    expect(await hf.attr(line('2405.21060'), 'data-summary-source')).toBe('AI Timeline');
    const html = await openAnnotated(session.lens, 'https://arxiv.org/html/2405.20519v2');
    expect(await html.count(`${PANEL} .lens-compact`)).toBe(1);
    expect(await html.count(`${PANEL} [data-summary-source="AI Timeline"]`)).toBe(1);
    await Promise.all([hf.close(), html.close()]);
  });
});

describe('everywhere', () => {
  it("the badge shows when a tab's paper has a curated summary, PDF tabs included", async () => {
    session.lens.serve('https://arxiv.org/pdf/2405.21060', '%PDF-1.4 stand-in', 'text/plain');
    const tabs = [
      await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519'),
      await openAnnotated(session.lens, 'https://arxiv.org/abs/1902.02534'),
    ];
    const pdf = await session.lens.newTab();
    await pdf.goto('https://arxiv.org/pdf/2405.21060');
    // The toolbar's badge as the browser shows it: `action` in Chromium, `browserAction` in Firefox's Manifest V2.
    const popup = await session.lens.openPage('popup.html');
    const badge = (url: string) =>
      popup.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const [tab] = await api.tabs.query({ url: u });
        return (api.action ?? api.browserAction)!.getBadgeText({ tabId: tab!.id! });
      }, url);
    await expect.poll(() => badge('https://arxiv.org/abs/2405.20519')).toMatch(/^[1-9]/);
    await expect.poll(() => badge('https://arxiv.org/pdf/2405.21060')).toMatch(/^[1-9]/);
    expect(await badge('https://arxiv.org/abs/1902.02534')).toBe('');
    await Promise.all([...tabs, pdf, popup].map((t) => t.close()));
  });

  it('a page whose layout does not match is left exactly as it was', async () => {
    const html = readFileSync('tests/fixtures/abs/abs_1902.02534_fetched-2026-07-12.html', 'utf8').replace(
      /<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>/,
      '',
    );
    session.lens.serve('https://arxiv.org/abs/2401.00001', html);
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2401.00001');
    expect(await tab.count('arxiv-lens')).toBe(0);
    expect(await readyCount(tab)).toBe('0');
    const same = await tab.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return served.body.querySelectorAll('*').length === document.body.querySelectorAll('*').length;
    });
    expect(same).toBe(true);
    await tab.close();
  });

  it('hosts are reachable by keyboard and labelled for screen readers', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const labels = await tab.evaluate(() =>
      [...document.querySelector('[data-arxiv-lens="panel"]')!.shadowRoot!.querySelectorAll('[role="button"], input')].map(
        (el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
      ),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    await tab.focus(`${PANEL} [data-action="save"]`);
    await tab.key('Enter');
    await expect.poll(() => pressed(tab, '2405.20519')).toBe('true');
    await tab.key('Enter');
    await expect.poll(() => pressed(tab, '2405.20519')).toBe('false');
    await tab.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
