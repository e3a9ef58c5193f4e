import { describe, expect, it } from 'vitest';
import { openAnnotated, scrollThroughRows, type Tab } from '../support/driver';
import { useExtension } from '../support/session';
import { choose, endListVisits, hiddenIds, rowsWith, setFilter } from '../support/listing';

const session = useExtension();

const LISTING = 'https://arxiv.org/list/cs.LG/new';
const BAR = '[data-arxiv-lens="bar"] >>>';
/** The fixture's day: three new submissions, two cross-lists, two replacements, in this order. */
const NEW = ['2406.07550', '2406.02543', '2406.08464'];
const CROSS = ['2406.09279', '2406.07522'];

const current = async (tab: Tab) => (await rowsWith(tab, 'data-current'))[0];

describe('the daily listing as a to-read queue', () => {
  it('a later visit dims what an earlier one showed; the bar filters the new, cross-lists and replacements', async () => {
    const first = await openAnnotated(session.lens, LISTING);
    await first.waitFor(() => document.querySelector('[data-arxiv-lens="bar"]')?.shadowRoot?.querySelector('[data-filter="unseen"]'));
    expect(await rowsWith(first, 'data-seen')).toEqual([]);
    await first.close();
    await endListVisits(session.lens);

    const later = await openAnnotated(session.lens, LISTING);
    await scrollThroughRows(later);
    await expect.poll(() => rowsWith(later, 'data-seen')).toHaveLength(7);
    expect(await later.text(`${BAR} [data-count="seen"]`)).toContain('7 seen before');
    expect(await later.evaluate(() => getComputedStyle(document.querySelector('#dlpage dd')!).opacity)).toBe('0.55');

    await setFilter(later, 'unseen', true);
    expect(await hiddenIds(later)).toHaveLength(7);
    await setFilter(later, 'unseen', false);
    await setFilter(later, 'hide-cross-lists', true);
    await setFilter(later, 'hide-replacements', true);
    expect((await hiddenIds(later)).length).toBe(4);
    expect(await hiddenIds(later)).toEqual(expect.arrayContaining(CROSS));
    await later.click(`${BAR} [data-action="clear-filters"]`);
    expect(await hiddenIds(later)).toEqual([]);
    await later.close();
  });

  it('triage walks the list by key, saves and sets aside, and resumes after a reload', async () => {
    const tab = await openAnnotated(session.lens, LISTING);
    await tab.click(`${BAR} [data-action="triage"]`);
    await expect.poll(() => current(tab)).toBe(NEW[0]);
    expect(await tab.text(`${BAR} [data-triage-progress]`)).toBe('1 / 7');
    expect(await tab.count(`${BAR} [data-triage-keys]`)).toBe(1);

    await tab.key('j');
    await expect.poll(() => current(tab)).toBe(NEW[1]);
    await tab.key('s');
    await expect.poll(() => tab.attr(`[data-paper-id="${NEW[1]}"] >>> [data-action="save"]`, 'aria-pressed')).toBe('true');
    await tab.key('x');
    await expect.poll(() => hiddenIds(tab)).toEqual([NEW[1]]);
    await expect.poll(() => current(tab)).toBe(NEW[2]);
    expect(await tab.text(`${BAR} [data-triage-progress]`)).toBe('2 / 6');
    await tab.key('u');
    await expect.poll(() => hiddenIds(tab)).toEqual([]);
    await tab.key('x');
    await tab.key('j');
    await expect.poll(() => current(tab)).toBe(CROSS[0]);

    // Keys typed in a field are the user's.
    await tab.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      document.body.prepend(field);
    });
    await tab.press('#typing', 'j');
    expect(await current(tab)).toBe(CROSS[0]);

    await tab.goto(LISTING);
    await tab.waitFor(() => document.documentElement.dataset.arxivLensReady !== undefined);
    await expect.poll(() => hiddenIds(tab)).toEqual([NEW[1]]);
    await expect.poll(() => tab.text(`${BAR} [data-action="triage"]`)).toBe('resume triage');
    await tab.click(`${BAR} [data-action="triage"]`);
    await expect.poll(() => current(tab)).toBe(CROSS[0]);
    await tab.key('Escape');
    await expect.poll(() => current(tab)).toBeUndefined();
    await tab.close();
  });
});

describe('for you', () => {
  const abstractIds = (tab: Tab) => tab.evaluate(() => [...document.querySelectorAll('#dlpage dt a[title="Abstract"]')].map((a) => a.id));

  it('with three saved papers every row is scored at once, the best are marked, and sorting reorders each section and restores it', async () => {
    const tab = await openAnnotated(session.lens, LISTING);
    await scrollThroughRows(tab);
    for (const id of [NEW[0], NEW[2], CROSS[1]]) {
      await tab.click(`[data-paper-id="${id}"] >>> [data-action="save"]`);
      await expect.poll(() => tab.attr(`[data-paper-id="${id}"] >>> [data-action="save"]`, 'aria-pressed')).toBe('true');
    }
    // The third saved paper is enough: the open list is ranked without a reload. Every row shows its
    // score; the paper the walk above set aside is hidden, so may have no row.
    const hosted = await tab.count('[data-arxiv-lens="row"]');
    expect(hosted).toBeGreaterThanOrEqual(7 - (await hiddenIds(tab)).length);
    await expect.poll(() => rowsWith(tab, 'data-for-you'), { timeout: 10_000 }).toHaveLength(hosted);
    const readScores = () =>
      tab.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-arxiv-lens="row"]')].map((h) => [
            h.getAttribute('data-paper-id'),
            Number(h.shadowRoot!.querySelector('.lens-root')!.getAttribute('data-for-you')),
          ]),
        ),
      );
    const scores = await readScores();
    for (const score of Object.values(scores)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(await tab.count('[data-arxiv-lens="row"] >>> [data-for-you-marker]')).toBeGreaterThan(0);

    const pageOrder = await abstractIds(tab);
    await choose(tab, '[data-sort]', 'relevance');
    const sorted = await abstractIds(tab);
    // Scores as they stand now: a ranking asked for by an earlier save may have landed since.
    Object.assign(scores, await readScores());
    const bySection = [sorted.slice(0, 3), sorted.slice(3, 5), sorted.slice(5)];
    expect(bySection.map((ids) => [...ids].sort())).toEqual([pageOrder.slice(0, 3).sort(), pageOrder.slice(3, 5).sort(), pageOrder.slice(5).sort()]);
    for (const ids of bySection) {
      const scored = ids.filter((id) => id in scores).map((id) => scores[id]!);
      expect(scored).toEqual([...scored].sort((a, b) => b - a));
    }
    await choose(tab, '[data-sort]', 'page');
    expect(await abstractIds(tab)).toEqual(pageOrder);

    const popup = await session.lens.openPage('popup.html');
    await expect.poll(() => popup.count('[data-today]')).toBe(1);
    expect(await popup.text('[data-today-count="new"]')).toBe('7 new');
    expect(await popup.text('[data-today-count="saved"]')).toBe('4 saved');
    await Promise.all([tab.close(), popup.close()]);
  });
});
