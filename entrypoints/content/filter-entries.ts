import type { ListFilters } from '@/lib/content/list-filters';
import type { LookupResponse, PaperInfo } from '@/lib/paper/paper-info';
import { NOTHING_KNOWN, type HostSlot } from './page-state';

const HIDDEN = 'data-arxiv-lens-hidden';

function passes(info: PaperInfo, filters: ListFilters): boolean {
  if (filters.summarizedOnly && info.summaries.length === 0) return false;
  if (filters.hideSaved && info.saved) return false;
  if (filters.tag && !info.curatedTags.includes(filters.tag) && !info.userTags.includes(filters.tag)) return false;
  return true;
}

/** Hides the entries the filters leave out and shows the others; nothing reloads, nothing else moves. */
export function applyFilters(slots: HostSlot[], info: LookupResponse, filters: ListFilters): void {
  for (const slot of slots) {
    if (slot.role !== 'row' || !slot.entry) continue;
    const show = passes(info[slot.id] ?? NOTHING_KNOWN, filters);
    for (const el of slot.entry) {
      if (!(el instanceof HTMLElement) || el.hasAttribute(HIDDEN) !== show) continue;
      if (show) {
        el.removeAttribute(HIDDEN);
        el.style.removeProperty('display');
      } else {
        el.setAttribute(HIDDEN, '');
        el.style.setProperty('display', 'none', 'important');
      }
    }
  }
}

/** Shows every entry the filters hid: when the bar goes away, nothing it hid may stay hidden. */
export function unhideAll(): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[${HIDDEN}]`)) {
    el.removeAttribute(HIDDEN);
    el.style.removeProperty('display');
  }
}

/** The bar's figures: papers on the page (each once), summarized, saved, shown, and their tags by frequency. */
export function barCounts(slots: HostSlot[], info: LookupResponse, filters: ListFilters) {
  const ids = [...new Set(slots.filter((s) => s.role === 'row').map((s) => s.id))];
  const tagCounts = new Map<string, number>();
  let summarized = 0;
  let saved = 0;
  let shown = 0;
  for (const id of ids) {
    const paper = info[id] ?? NOTHING_KNOWN;
    if (paper.summaries.length > 0) summarized++;
    if (paper.saved) saved++;
    if (passes(paper, filters)) shown++;
    for (const tag of new Set([...paper.curatedTags, ...paper.userTags])) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const tags = [...tagCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  return { total: ids.length, summarized, saved, shown, tags };
}
