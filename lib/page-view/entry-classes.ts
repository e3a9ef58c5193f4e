/**
 * The classes the extension puts on the page's own entries, styled by the static sheet declared
 * with the content script (`entrypoints/content/entry-marks.css`). They say no more than a reader
 * sees (hidden, dimmed, outlined): no scores, ids or tags, which stay inside the hosts' shadow roots.
 * A class works on an entry whose row has no host yet.
 */
export const ENTRY_CLASS = {
  /** Left out by the bar's filters, or set aside. */
  hidden: 'arxiv-lens-hidden',
  /** Shown before this visit: dimmed. */
  seen: 'arxiv-lens-seen',
  /** Where triage stands. */
  current: 'arxiv-lens-current',
} as const;

/** Puts a mark on or takes it off an entry; an entry left with no class loses the attribute, as the page had it. */
export function markEntry(el: Element, name: string, on: boolean): void {
  el.classList.toggle(name, on);
  if (!on && el.classList.length === 0) el.removeAttribute('class');
}
