import type { ListFilters } from '@/lib/page-view/list-filters';
import type { LookupResponse, PaperInfo } from '@/lib/paper/paper-info';
import { ENTRY_CLASS, markEntry } from './entry-classes';
import { NOTHING_KNOWN, type HostSlot, type ListMarks } from './page-state';

/** Whether a list entry stays in view. Papers set aside ("not interested") never do. */
function passes(slot: HostSlot, info: PaperInfo, filters: ListFilters, marks: ListMarks): boolean {
  if (marks.dismissed.has(slot.id)) return false;
  if (filters.summarizedOnly && info.summaries.length === 0) return false;
  if (filters.hideSaved && info.saved) return false;
  if (filters.tag && !info.curatedTags.includes(filters.tag) && !info.userTags.includes(filters.tag)) return false;
  if (filters.unseenOnly && marks.seen.has(slot.id)) return false;
  if (filters.hideCrossLists && slot.section === 'cross-list') return false;
  if (filters.hideReplacements && slot.section === 'replacement') return false;
  if (filters.forYouOnly && !marks.forYou.get(slot.id)?.top) return false;
  return true;
}

/** The list's rows the filters leave in view, in page order. */
export function shownRows(slots: HostSlot[], info: LookupResponse, filters: ListFilters, marks: ListMarks): HostSlot[] {
  return slots.filter((slot) => slot.role === 'row' && passes(slot, info[slot.id] ?? NOTHING_KNOWN, filters, marks));
}

/** The rows whose entries this module hid: compared with, rather than read back from 2,000 entries' attributes. */
let hidden = new WeakSet<HostSlot>();

/**
 * Hides the entries the filters leave out and shows the others, hosted or not; nothing reloads,
 * nothing else moves.
 */
export function applyFilters(slots: HostSlot[], info: LookupResponse, filters: ListFilters, marks: ListMarks): void {
  for (const slot of slots) {
    if (slot.role !== 'row' || !slot.entry) continue;
    const show = passes(slot, info[slot.id] ?? NOTHING_KNOWN, filters, marks);
    if (hidden.has(slot) !== show) continue;
    if (show) hidden.delete(slot);
    else hidden.add(slot);
    for (const el of slot.entry) markEntry(el, ENTRY_CLASS.hidden, !show);
  }
}

/** Shows every entry the filters hid: when the bar goes away, nothing it hid may stay hidden. */
export function unhideAll(): void {
  hidden = new WeakSet();
  for (const el of document.querySelectorAll(`.${ENTRY_CLASS.hidden}`)) markEntry(el, ENTRY_CLASS.hidden, false);
}

/** The bar's figures: papers on the page (each once), summarized, saved, seen before, set aside, shown, and their tags by frequency. */
export function barCounts(slots: HostSlot[], info: LookupResponse, filters: ListFilters, marks: ListMarks) {
  const rows = slots.filter((s) => s.role === 'row');
  const ids = [...new Set(rows.map((s) => s.id))];
  const tagCounts = new Map<string, number>();
  let summarized = 0;
  let saved = 0;
  for (const id of ids) {
    const paper = info[id] ?? NOTHING_KNOWN;
    if (paper.summaries.length > 0) summarized++;
    if (paper.saved) saved++;
    for (const tag of paper.curatedTags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    for (const tag of paper.userTags) if (!paper.curatedTags.includes(tag)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const shown = new Set(shownRows(rows, info, filters, marks).map((s) => s.id)).size;
  // Ties in code-unit order: a page's first localeCompare loads the collator on the tab's main thread.
  const tags = [...tagCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([tag]) => tag);
  const seen = ids.filter((id) => marks.seen.has(id)).length;
  const dismissed = ids.filter((id) => marks.dismissed.has(id)).length;
  const forYou = ids.filter((id) => marks.forYou.get(id)?.top).length;
  const sections = new Set(rows.map((s) => s.section).filter((section) => section !== undefined));
  return { total: ids.length, summarized, saved, shown, seen, dismissed, forYou, ranked: marks.forYou.size > 0, sections, tags };
}
