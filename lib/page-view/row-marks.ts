import { ENTRY_CLASS, markEntry } from './entry-classes';
import type { HostSlot, ListMarks } from './page-state';

interface Applied {
  seen: boolean;
  score: string | undefined;
  current: boolean;
}

/**
 * The marks this module wrote, on each row's entries and, apart, inside each row's host (a host
 * may come long after its entry was marked): comparing with these rather than reading 2,000 rows'
 * attributes back keeps a change of marks from costing a listing thousands of DOM reads.
 */
let onEntries = new WeakMap<HostSlot, Applied>();
const inHosts = new WeakMap<HostSlot, Applied>();
const UNMARKED: Applied = { seen: false, score: undefined, current: false };

/**
 * Marks what is known of each paper this visit. Inside the row's shadow root, on the element its
 * content renders in (`data-seen`, `data-for-you`, `data-current`), where the page's scripts
 * cannot read them; on the page's own entries, only the classes that dim those shown before and
 * outline triage's, whether their row has a host yet or not.
 */
export function applyRowMarks(slots: HostSlot[], marks: ListMarks, currentId: string | null): void {
  let currentMarked = false;
  for (const slot of slots) {
    if (slot.role !== 'row') continue;
    // A paper listed twice is walked once, where it first stands.
    const current = slot.id === currentId && !currentMarked;
    if (current) currentMarked = true;
    const next: Applied = { seen: marks.seen.has(slot.id), score: marks.forYou.get(slot.id)?.score.toFixed(3), current };
    markEntries(slot, next);
    if (slot.container) markHost(slot, slot.container, next);
  }
}

function markEntries(slot: HostSlot, next: Applied): void {
  const before = onEntries.get(slot) ?? UNMARKED;
  if (before.seen === next.seen && before.current === next.current) return;
  onEntries.set(slot, next);
  for (const el of slot.entry ?? []) {
    if (before.seen !== next.seen) markEntry(el, ENTRY_CLASS.seen, next.seen);
    if (before.current !== next.current) markEntry(el, ENTRY_CLASS.current, next.current);
  }
}

function markHost(slot: HostSlot, root: HTMLElement, next: Applied): void {
  const before = inHosts.get(slot) ?? UNMARKED;
  if (before.seen === next.seen && before.score === next.score && before.current === next.current) return;
  inHosts.set(slot, next);
  if (before.seen !== next.seen) root.toggleAttribute('data-seen', next.seen);
  if (before.score !== next.score) {
    if (next.score === undefined) root.removeAttribute('data-for-you');
    else root.setAttribute('data-for-you', next.score);
  }
  if (before.current !== next.current) root.toggleAttribute('data-current', next.current);
}

/** Takes every mark off the page's entries: when the bar goes away, the page is as it was. */
export function clearRowMarks(): void {
  onEntries = new WeakMap();
  for (const name of [ENTRY_CLASS.seen, ENTRY_CLASS.current]) for (const el of document.querySelectorAll(`.${name}`)) markEntry(el, name, false);
}
