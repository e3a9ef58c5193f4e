// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEntryOrder, displayOrder } from '@/lib/page-view/entry-order';
import type { ForYou, HostSlot, ListMarks } from '@/lib/page-view/page-state';
import { applyRowMarks, clearRowMarks } from '@/lib/page-view/row-marks';
import { detectPage } from '@/lib/pages';
import { FIXTURE_PAGES } from '../../../fixtures/pages';
import { openPage } from '../../entrypoints/content/page';

const LISTING = FIXTURE_PAGES.find((p) => p.file === 'pages/listings/list_cs.LG_new.html')!;
const ids = LISTING.ids as string[];

let slots: HostSlot[];
const pageIds = () => [...document.querySelectorAll('dl > dt a[title="Abstract"]')].map((a) => a.textContent!.trim().replace(/^arXiv:/, ''));
const rank = (scores: Record<string, number>): ListMarks => ({
  seen: new Set(),
  dismissed: new Set(),
  forYou: new Map(Object.entries(scores).map(([id, score]): [string, ForYou] => [id, { score, words: [], top: score > 0.5 }])),
});

beforeEach(() => {
  openPage(LISTING.file, LISTING.url);
  const papers = detectPage(LISTING.url)!.findPapers(document, new URL(LISTING.url));
  slots = papers.map((p, key) => {
    const host = document.createElement('arxiv-lens');
    p.anchor.append(host);
    return { key, role: 'row', id: p.id, container: document.createElement('span'), entry: p.entry, section: p.section, host };
  });
});

describe('ordering a listing for you', () => {
  // new: 0 1 2, cross-lists: 3 4, replacements: 5 6
  const marks = rank({ [ids[2]!]: 0.9, [ids[1]!]: 0.2, [ids[4]!]: 0.7, [ids[6]!]: 0.6 });

  it('puts the best matches first within each section, never across them', () => {
    const order = [ids[2], ids[1], ids[0], ids[4], ids[3], ids[6], ids[5]];
    expect(displayOrder(slots, 'relevance', marks).map((s) => s.id)).toEqual(order);
    createEntryOrder().apply(slots, 'relevance', marks);
    expect(pageIds()).toEqual(order);
    const newSection = document.querySelectorAll('dl#articles')[0]!;
    expect(newSection.querySelector('h3')!.textContent).toMatch(/^New submissions/);
    expect([...newSection.querySelectorAll('dt')].map((dt) => dt.nextElementSibling!.tagName)).toEqual(['DD', 'DD', 'DD']);
  });

  it("goes back to arXiv's order exactly, and leaves nothing behind when the bar goes", () => {
    const before = document.body.innerHTML;
    const order = createEntryOrder();
    order.apply(slots, 'relevance', marks);
    order.apply(slots, 'page', marks);
    expect(pageIds()).toEqual(ids);
    order.remove(slots, marks);
    expect(document.body.innerHTML.replace(/\s+/g, '')).toBe(before.replace(/\s+/g, ''));
  });
});

describe('row marks', () => {
  it('marks papers seen before (dimmed), their score, and the current one; clearing restores the page', () => {
    const marks: ListMarks = { ...rank({ [ids[0]!]: 0.8 }), seen: new Set([ids[1]!]) };
    applyRowMarks(slots, marks, ids[2]!);
    expect(slots.filter((s) => s.host!.hasAttribute('data-seen')).map((s) => s.id)).toEqual([ids[1]]);
    expect((slots[1]!.entry![1] as HTMLElement).style.opacity).toBe('0.55');
    expect(slots[0]!.host!.dataset.forYou).toBe('0.800');
    expect(slots[1]!.host!.dataset.forYou).toBeUndefined();
    expect(slots.filter((s) => s.host!.hasAttribute('data-current')).map((s) => s.id)).toEqual([ids[2]]);
    clearRowMarks();
    expect((slots[1]!.entry![1] as HTMLElement).style.opacity).toBe('');
    expect((slots[2]!.entry![0] as HTMLElement).style.outline).toBe('');
  });
});
