import type { ListOrder } from '@/lib/page-view/list-filters';
import type { HostSlot, ListMarks } from './page-state';

/** Adjacent rows of one section under one parent: what sorting may reorder, and no more. */
function runsOf(rows: HostSlot[]): HostSlot[][] {
  const runs: HostSlot[][] = [];
  for (const row of rows) {
    const last = runs.at(-1)?.at(-1);
    const together = last && last.section === row.section && last.entry?.[0]?.parentNode === row.entry?.[0]?.parentNode;
    if (together) runs.at(-1)!.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * The list's rows in the order they are shown: the page's, or within each section the best
 * matches first (unranked papers keep their place after the ranked ones, in page order).
 */
export function displayOrder(slots: HostSlot[], order: ListOrder, marks: ListMarks): HostSlot[] {
  const rows = slots.filter((slot) => slot.role === 'row' && slot.entry?.length);
  if (order === 'page') return rows;
  const score = (slot: HostSlot) => marks.forYou.get(slot.id)?.score ?? -1;
  return runsOf(rows).flatMap((run) => [...run].sort((a, b) => score(b) - score(a)));
}

/**
 * Puts the page's entries in an order, moving them only within their section, and back: each
 * section gets a comment after its last entry, once, while still in the page's order, and its
 * entries are laid out before that comment as asked.
 */
export function createEntryOrder() {
  const ends = new Map<HostSlot, Comment>();
  return {
    apply(slots: HostSlot[], order: ListOrder, marks: ListMarks): void {
      if (order === 'page' && ends.size === 0) return;
      const pageOrder = displayOrder(slots, 'page', marks);
      if (ends.size === 0) {
        for (const run of runsOf(pageOrder)) {
          const lastEntry = run.at(-1)!.entry!;
          const end = document.createComment('arxiv-lens: end of section');
          lastEntry.at(-1)!.after(end);
          for (const row of run) ends.set(row, end);
        }
      }
      for (const row of displayOrder(slots, order, marks)) {
        const end = ends.get(row);
        if (end?.isConnected) for (const el of row.entry!) end.before(el);
      }
    },
    /** The bar went away: the comments go too (the entries are put back in page order first). */
    remove(slots: HostSlot[], marks: ListMarks): void {
      if (ends.size > 0) this.apply(slots, 'page', marks);
      for (const end of new Set(ends.values())) end.remove();
      ends.clear();
    },
  };
}
