import type { HostSlot, ListMarks } from '@/lib/page-view/page-state';

const SEEN_ENTRY = 'data-arxiv-lens-seen';
const CURRENT_ENTRY = 'data-arxiv-lens-current';

interface Applied {
  seen: boolean;
  score: string | undefined;
  current: boolean;
}

/**
 * The marks each row carries now, as this module wrote them: comparing with these rather than
 * reading 2,000 hosts' and entries' attributes back keeps a change of marks from costing a listing
 * thousands of DOM reads.
 */
let applied = new WeakMap<HostSlot, Applied>();
const UNMARKED: Applied = { seen: false, score: undefined, current: false };

/**
 * Marks each row's host for what is known of its paper this visit (`data-seen`, `data-for-you`,
 * `data-current`) and dims the page's entries shown before, so a second visit reads at a glance.
 */
export function applyRowMarks(slots: HostSlot[], marks: ListMarks, currentId: string | null): void {
  let currentMarked = false;
  for (const slot of slots) {
    if (slot.role !== 'row' || !slot.host) continue;
    const seen = marks.seen.has(slot.id);
    const score = marks.forYou.get(slot.id)?.score.toFixed(3);
    // A paper listed twice is walked once, where it first stands.
    const current = slot.id === currentId && !currentMarked;
    if (current) currentMarked = true;
    const before = applied.get(slot) ?? UNMARKED;
    if (before.seen === seen && before.score === score && before.current === current) continue;
    applied.set(slot, { seen, score, current });
    if (before.seen !== seen) slot.host.toggleAttribute('data-seen', seen);
    if (before.score !== score) {
      if (score === undefined) slot.host.removeAttribute('data-for-you');
      else slot.host.setAttribute('data-for-you', score);
    }
    if (before.current !== current) slot.host.toggleAttribute('data-current', current);
    for (const el of slot.entry ?? []) {
      if (!(el instanceof HTMLElement)) continue;
      if (before.seen !== seen) {
        el.toggleAttribute(SEEN_ENTRY, seen);
        if (seen) el.style.setProperty('opacity', '0.55');
        else el.style.removeProperty('opacity');
      }
      if (before.current !== current) {
        el.toggleAttribute(CURRENT_ENTRY, current);
        if (current) el.style.setProperty('outline', '2px solid #b31b1b');
        else el.style.removeProperty('outline');
      }
    }
  }
}

/** Takes every mark off the page's entries: when the bar goes away, the page is as it was. */
export function clearRowMarks(): void {
  applied = new WeakMap();
  for (const el of document.querySelectorAll<HTMLElement>(`[${SEEN_ENTRY}]`)) {
    el.removeAttribute(SEEN_ENTRY);
    el.style.removeProperty('opacity');
  }
  for (const el of document.querySelectorAll<HTMLElement>(`[${CURRENT_ENTRY}]`)) {
    el.removeAttribute(CURRENT_ENTRY);
    el.style.removeProperty('outline');
  }
}
