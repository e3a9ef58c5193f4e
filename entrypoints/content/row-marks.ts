import type { HostSlot, ListMarks } from './page-state';

const SEEN_ENTRY = 'data-arxiv-lens-seen';
const CURRENT_ENTRY = 'data-arxiv-lens-current';

/**
 * Marks each row's host for what is known of its paper this visit (`data-seen`, `data-for-you`,
 * `data-current`) and dims the page's entries shown before, so a second visit reads at a glance.
 */
export function applyRowMarks(slots: HostSlot[], marks: ListMarks, currentId: string | null): void {
  let currentMarked = false;
  for (const slot of slots) {
    if (slot.role !== 'row' || !slot.host) continue;
    const seen = marks.seen.has(slot.id);
    // Attributes are written only when they change: each write restyles the host, and a list has 2,000.
    if (slot.host.hasAttribute('data-seen') !== seen) slot.host.toggleAttribute('data-seen', seen);
    const score = marks.forYou.get(slot.id)?.score.toFixed(3);
    if (slot.host.dataset.forYou !== score) {
      if (score === undefined) delete slot.host.dataset.forYou;
      else slot.host.dataset.forYou = score;
    }
    // A paper listed twice is walked once, where it first stands.
    const current = slot.id === currentId && !currentMarked;
    if (current) currentMarked = true;
    if (slot.host.hasAttribute('data-current') !== current) slot.host.toggleAttribute('data-current', current);
    for (const el of slot.entry ?? []) {
      if (!(el instanceof HTMLElement)) continue;
      if (el.hasAttribute(SEEN_ENTRY) !== seen) {
        el.toggleAttribute(SEEN_ENTRY, seen);
        if (seen) el.style.setProperty('opacity', '0.55');
        else el.style.removeProperty('opacity');
      }
      if (el.hasAttribute(CURRENT_ENTRY) !== current) {
        el.toggleAttribute(CURRENT_ENTRY, current);
        if (current) el.style.setProperty('outline', '2px solid #b31b1b');
        else el.style.removeProperty('outline');
      }
    }
  }
}

/** Takes every mark off the page's entries: when the bar goes away, the page is as it was. */
export function clearRowMarks(): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[${SEEN_ENTRY}]`)) {
    el.removeAttribute(SEEN_ENTRY);
    el.style.removeProperty('opacity');
  }
  for (const el of document.querySelectorAll<HTMLElement>(`[${CURRENT_ENTRY}]`)) {
    el.removeAttribute(CURRENT_ENTRY);
    el.style.removeProperty('outline');
  }
}
