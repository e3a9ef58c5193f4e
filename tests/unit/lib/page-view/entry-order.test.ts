// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEntryOrder, displayOrder } from '@/lib/page-view/entry-order';
import { NO_MARKS, type ForYou, type HostSlot, type ListMarks } from '@/lib/page-view/page-state';
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
  it('marks papers seen before (dimmed), their score, and the current one inside the hosts; clearing restores the page', () => {
    const before = document.body.innerHTML;
    const marks: ListMarks = { ...rank({ [ids[0]!]: 0.8 }), seen: new Set([ids[1]!]) };
    applyRowMarks(slots, marks, ids[2]!);
    expect(slots.filter((s) => s.container!.hasAttribute('data-seen')).map((s) => s.id)).toEqual([ids[1]]);
    expect(slots[0]!.container!.dataset.forYou).toBe('0.800');
    expect(slots[1]!.container!.dataset.forYou).toBeUndefined();
    expect(slots.filter((s) => s.container!.hasAttribute('data-current')).map((s) => s.id)).toEqual([ids[2]]);
    // The page's own entries carry only the extension's classes: no score, no id, no attribute of ours.
    expect(slots[1]!.entry!.every((el) => el.classList.contains('arxiv-lens-seen'))).toBe(true);
    expect(slots[2]!.entry!.every((el) => el.classList.contains('arxiv-lens-current'))).toBe(true);
    expect(document.querySelectorAll('.arxiv-lens-seen, .arxiv-lens-current')).toHaveLength(4);
    expect(document.body.innerHTML).not.toMatch(/data-(seen|for-you|current)/);
    for (const el of [...slots[1]!.entry!, ...slots[2]!.entry!]) expect(el.getAttribute('style')).toBeNull();
    clearRowMarks();
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks an entry that has no host yet, and its host once it comes', () => {
    const unhosted: HostSlot[] = slots.map(({ host: _, container: __, ...slot }) => slot);
    const marks: ListMarks = { ...NO_MARKS, seen: new Set([ids[3]!]) };
    applyRowMarks(unhosted, marks, null);
    expect(unhosted[3]!.entry!.every((el) => el.classList.contains('arxiv-lens-seen'))).toBe(true);
    expect(slots[3]!.container!.hasAttribute('data-seen')).toBe(false);
    unhosted[3]!.host = slots[3]!.host;
    unhosted[3]!.container = slots[3]!.container;
    applyRowMarks(unhosted, marks, null);
    expect(unhosted[3]!.container!.hasAttribute('data-seen')).toBe(true);
  });
});
