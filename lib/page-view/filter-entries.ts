import type { ListFilters } from '@/lib/page-view/list-filters';
import type { PaperInfo } from '@/lib/paper/paper-info';
import { ENTRY_CLASS, markEntry } from './entry-classes';
import type { ListSection } from '@/lib/pages';
import { NOTHING_KNOWN, type HostSlot, type KnownInfo, type ListMarks } from './page-state';

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
export function shownRows(slots: HostSlot[], info: KnownInfo, filters: ListFilters, marks: ListMarks): HostSlot[] {
  return slots.filter((slot) => slot.role === 'row' && passes(slot, info.get(slot.id) ?? NOTHING_KNOWN, filters, marks));
}

/** The rows whose entries this module hid: compared with, rather than read back from 2,000 entries' attributes. */
let hidden = new WeakSet<HostSlot>();
/** What the entries were last filtered by. */
let applied: { slots: HostSlot[]; filters: ListFilters; marks: ListMarks } | undefined;

/**
 * Hides the entries the filters leave out and shows the others, hosted or not; nothing reloads,
 * nothing else moves.
 */
export function applyFilters(slots: HostSlot[], info: KnownInfo, filters: ListFilters, marks: ListMarks): void {
  // A source's answer changes what is known of hundreds of papers, which hides nothing unless a filter reads it.
  const same = applied && applied.slots === slots && applied.filters === filters && applied.marks === marks;
  if (same && !filtersReadInfo(filters)) return;
  applied = { slots, filters, marks };
  for (const slot of slots) {
    if (slot.role !== 'row' || !slot.entry) continue;
    const show = passes(slot, info.get(slot.id) ?? NOTHING_KNOWN, filters, marks);
    if (hidden.has(slot) !== show) continue;
    if (show) hidden.delete(slot);
    else hidden.add(slot);
    for (const el of slot.entry) markEntry(el, ENTRY_CLASS.hidden, !show);
  }
}

/** Shows every entry the filters hid: when the bar goes away, nothing it hid may stay hidden. */
export function unhideAll(): void {
  hidden = new WeakSet();
  applied = undefined;
  for (const el of document.querySelectorAll(`.${ENTRY_CLASS.hidden}`)) markEntry(el, ENTRY_CLASS.hidden, false);
}

/** A list's rows as the bar counts them: each paper once, where it first stands, and the sections they are in. */
interface CountedRows {
  rows: HostSlot[];
  /** Whether each row is its paper's first in the list. */
  first: boolean[];
  listedTwice: boolean;
  sections: ReadonlySet<ListSection>;
}

/** Worked out once per list of slots: a source's answer changes what is known, not which papers are listed. */
const counted = new WeakMap<HostSlot[], CountedRows>();

function countedRows(slots: HostSlot[]): CountedRows {
  const known = counted.get(slots);
  if (known) return known;
  const ids = new Set<string>();
  const sections = new Set<ListSection>();
  const rows = slots.filter((slot) => slot.role === 'row');
  const first = rows.map((slot) => {
    if (slot.section !== undefined) sections.add(slot.section);
    const isFirst = !ids.has(slot.id);
    ids.add(slot.id);
    return isFirst;
  });
  const made = { rows, first, listedTwice: ids.size < rows.length, sections };
  counted.set(slots, made);
  return made;
}

/** The bar's figures: papers on the page (each once), summarized, saved, seen before, set aside, shown, and their tags by frequency. */
export function barCounts(slots: HostSlot[], info: KnownInfo, filters: ListFilters, marks: ListMarks) {
  // One pass over the list, with no set of ids to build: the bar counts again at every change a source's answer makes.
  const { rows, first, listedTwice, sections } = countedRows(slots);
  const shownIds = listedTwice ? new Set<string>() : undefined;
  const tagCounts = new Map<string, number>();
  let total = 0;
  let shown = 0;
  let summarized = 0;
  let saved = 0;
  let seen = 0;
  let dismissed = 0;
  let forYou = 0;
  for (let i = 0; i < rows.length; i++) {
    const slot = rows[i]!;
    const id = slot.id;
    const paper = info.get(id) ?? NOTHING_KNOWN;
    if (passes(slot, paper, filters, marks)) {
      if (shownIds) shownIds.add(id);
      else shown++;
    }
    if (!first[i]) continue;
    total++;
    if (paper.summaries.length > 0) summarized++;
    if (paper.saved) saved++;
    for (const tag of paper.curatedTags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    for (const tag of paper.userTags) if (!paper.curatedTags.includes(tag)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    if (marks.seen.has(id)) seen++;
    if (marks.dismissed.has(id)) dismissed++;
    if (marks.forYou.get(id)?.top) forYou++;
  }
  // Ties in code-unit order: a page's first localeCompare loads the collator on the tab's main thread.
  const tags = [...tagCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([tag]) => tag);
  return { total, summarized, saved, shown: shownIds?.size ?? shown, seen, dismissed, forYou, ranked: marks.forYou.size > 0, sections, tags };
}

/** Whether what is known of papers can change which rows the filters leave in view (the marks aside). */
export function filtersReadInfo(filters: ListFilters): boolean {
  return filters.summarizedOnly || filters.hideSaved || Boolean(filters.tag);
}
