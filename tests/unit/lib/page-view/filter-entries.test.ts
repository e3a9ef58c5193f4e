// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyFilters, barCounts, unhideAll } from '@/lib/page-view/filter-entries';
import { NO_MARKS, type HostSlot, type KnownInfo, type ListMarks } from '@/lib/page-view/page-state';
import { NO_FILTERS } from '@/lib/page-view/list-filters';
import { detectPage } from '@/lib/pages';
import { FIXTURE_PAGES } from '../../../fixtures/pages';
import { openPage, paperInfo, summarized } from '../../entrypoints/content/page';

const LISTING = FIXTURE_PAGES.find((p) => p.file === 'pages/listings/list_cs.LG_new.html')!;
const [first, second, third, ...others] = LISTING.ids as [string, string, string, ...string[]];

/** first: summarized and tagged rl; second: saved and tagged rl by the user; third: tagged vision. */
const INFO: KnownInfo = new Map([
  [first, { ...summarized(), curatedTags: ['rl'] }],
  [second, paperInfo({ userTags: ['rl'], saved: { state: 'to-read', addedAt: 1 } })],
  [third, paperInfo({ curatedTags: ['vision'] })],
]);

let slots: HostSlot[];

const entryOf = (id: string) => slots.find((s) => s.id === id)!.entry! as HTMLElement[];
const hiddenIds = () => slots.filter((s) => s.entry!.every((el) => el.classList.contains('arxiv-lens-hidden'))).map((s) => s.id);
const shownIds = () => slots.filter((s) => s.entry!.every((el) => !el.classList.contains('arxiv-lens-hidden'))).map((s) => s.id);

beforeEach(() => {
  openPage(LISTING.file, LISTING.url);
  const papers = detectPage(LISTING.url)!.findPapers(document, new URL(LISTING.url));
  slots = papers.map((p, key) => ({ key, role: 'row', id: p.id, container: document.createElement('span'), entry: p.entry, section: p.section }));
});

describe('filters over a listing', () => {
  it('"only summarized" hides every entry without a summary, its title and its links alike', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, summarizedOnly: true }, NO_MARKS);
    expect(shownIds()).toEqual([first]);
    expect(hiddenIds()).toEqual([second, third, ...others]);
    for (const el of entryOf(second)) expect(el.getAttribute('style')).toBeNull();
    expect(entryOf(second).map((el) => el.tagName)).toEqual(['DT', 'DD']);
  });

  it('a tag shows the papers tagged with it by the pack or by the user', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, tag: 'rl' }, NO_MARKS);
    expect(shownIds()).toEqual([first, second]);
  });

  it('"hide saved" hides only the saved', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, hideSaved: true }, NO_MARKS);
    expect(hiddenIds()).toEqual([second]);
  });

  it('filters together leave only what passes them all', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, summarizedOnly: true, tag: 'vision', hideSaved: true }, NO_MARKS);
    expect(shownIds()).toEqual([]);
  });

  it('clearing the filters shows every entry again, as the page had it', () => {
    const before = document.body.innerHTML;
    applyFilters(slots, INFO, { ...NO_FILTERS, summarizedOnly: true }, NO_MARKS);
    applyFilters(slots, INFO, NO_FILTERS, NO_MARKS);
    expect(hiddenIds()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('"only summarized" shows a paper once a source brings its summary, the same filters kept', () => {
    const filters = { ...NO_FILTERS, summarizedOnly: true };
    applyFilters(slots, INFO, filters, NO_MARKS);
    const summarized = { ...INFO.get(first)!, userTags: [], saved: null };
    applyFilters(slots, new Map(INFO).set(third, summarized), filters, NO_MARKS);
    expect(shownIds()).toEqual([first, third]);
  });

  it('unhideAll shows whatever the filters hid', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, summarizedOnly: true }, NO_MARKS);
    unhideAll();
    expect(document.querySelectorAll('.arxiv-lens-hidden')).toHaveLength(0);
    for (const el of entryOf(second)) expect(el.hasAttribute('class')).toBe(false);
  });
});

describe("filters of a day's listing", () => {
  const marks: ListMarks = {
    seen: new Set([first, others[0]!]),
    dismissed: new Set([third]),
    forYou: new Map([[second, { score: 0.9, words: ['llm'], top: true }]]),
  };

  it('"only new since my last visit" hides what was shown before, and set-aside papers are never shown', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, unseenOnly: true }, marks);
    expect(shownIds()).toEqual([second, ...others.slice(1)]);
  });

  it('cross-lists and replacements hide by the section arXiv puts them in', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, hideCrossLists: true, hideReplacements: true }, NO_MARKS);
    expect(shownIds()).toEqual([first, second, third]);
  });

  it('"only for you" keeps the best matches', () => {
    applyFilters(slots, INFO, { ...NO_FILTERS, forYouOnly: true }, marks);
    expect(shownIds()).toEqual([second]);
    expect(barCounts(slots, INFO, NO_FILTERS, marks)).toMatchObject({
      seen: 2,
      dismissed: 1,
      forYou: 1,
      ranked: true,
      shown: LISTING.ids.length - 1,
    });
  });
});

describe("the bar's counts", () => {
  it('counts papers, summarized, saved and shown, and lists tags most common first', () => {
    expect(barCounts(slots, INFO, { ...NO_FILTERS, tag: 'rl' }, NO_MARKS)).toEqual({
      total: LISTING.ids.length,
      summarized: 1,
      saved: 1,
      shown: 2,
      seen: 0,
      dismissed: 0,
      forYou: 0,
      ranked: false,
      sections: new Set(['new', 'cross-list', 'replacement']),
      tags: ['rl', 'vision'],
    });
  });

  it('lists tags as common as each other alphabetically', () => {
    const tied: KnownInfo = new Map([
      [first, paperInfo({ curatedTags: ['vision', 'agents'] })],
      [third, paperInfo({ userTags: ['rl'] })],
    ]);
    expect(barCounts(slots, tied, NO_FILTERS, NO_MARKS).tags).toEqual(['agents', 'rl', 'vision']);
  });

  it('a paper listed twice (new and cross-listed) counts once, and the bar is no paper', () => {
    const twice = [...slots, { ...slots[0]!, key: 99 }, { key: 100, role: 'bar' as const, id: '', container: document.createElement('div') }];
    expect(barCounts(twice, INFO, NO_FILTERS, NO_MARKS)).toMatchObject({ total: LISTING.ids.length, summarized: 1, shown: LISTING.ids.length });
  });
});
