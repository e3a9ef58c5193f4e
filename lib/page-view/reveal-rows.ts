import { displayOrder } from './entry-order';
import { filtersReadInfo, shownRows } from './filter-entries';
import type { HostSlot, PageState } from './page-state';

/** Rows get their host and render when their entry is this close to the viewport: about two screens either way. */
const REVEAL_MARGIN = '200% 0px';

/**
 * One row in this many of those shown is watched, and reveals the shown rows from the watched one
 * before it to the one after. The browser intersects every watched element at every frame of the
 * page, a cost that grows with the entries watched; a row in view always has a watched entry within
 * the margin unless this many entries are taller than the viewport and both margins.
 */
export const WATCH_EVERY = 4;

/** The rows the filters leave in view, in the order the page shows them. */
function shownInOrder(state: PageState): HostSlot[] {
  const shown = new Set(shownRows(state.slots(), state.allInfo(), state.filters(), state.marks()));
  const ordered = displayOrder(state.slots(), state.order(), state.marks()).filter((slot) => shown.has(slot));
  // displayOrder leaves out rows without an entry of their own; they keep the page's order after the others.
  return ordered.length === shown.size ? ordered : [...ordered, ...[...shown].filter((slot) => !slot.entry?.length)];
}

/**
 * Reveals rows as their entries come near the viewport, each once: `reveal` gives them their host
 * and renders them. A host and a React portal each cost the page (a portal a full set of event
 * listeners, a chunk of hosts a layout), so a 2,000-entry list gets them only where the reader is.
 *
 * Only entries shown are watched, chosen again whenever the filters, the order or what they read
 * changes: an entry a filter hides never intersects, so a watched one hidden would leave the
 * shown rows around it without their host.
 */
export function createRowRevealer(state: PageState, reveal: (keys: number[]) => void) {
  /** Each watched entry, with the rows it reveals. */
  let covered = new Map<Element, number[]>();
  /** Entries watched whose first report has not come yet. */
  const unreported = new Set<Element>();
  let settled: (() => void)[] = [];
  const settle = () => {
    if (unreported.size > 0) return;
    settled.forEach((resolve) => resolve());
    settled = [];
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const near: number[] = [];
      for (const entry of entries) {
        unreported.delete(entry.target);
        const keys = covered.get(entry.target);
        if (!entry.isIntersecting || !keys) continue;
        near.push(...keys);
        observer.unobserve(entry.target);
        covered.delete(entry.target);
      }
      if (near.length) reveal(near);
      settle();
    },
    { rootMargin: REVEAL_MARGIN },
  );

  /** What the watched entries were chosen from, to choose again only when one of them changed. */
  let chosenFrom: readonly unknown[] = [];

  function choose(): void {
    // A source's answer changes what is known of hundreds of papers, and which rows are shown only under some filters.
    const from = [state.slots(), filtersReadInfo(state.filters()) ? state.allInfo() : null, state.filters(), state.marks(), state.order()];
    if (from.every((value, i) => value === chosenFrom[i])) return;
    chosenFrom = from;
    const rows = shownInOrder(state);
    const chosen = new Map<Element, number[]>();
    const watchAt = (i: number) => {
      const around = rows.slice(Math.max(0, i - WATCH_EVERY), i + WATCH_EVERY + 1);
      const watched = rows[i]!.watched;
      if (watched && !around.every((row) => state.isRevealed(row.key)))
        chosen.set(
          watched,
          around.map((row) => row.key),
        );
    };
    const last = rows.length - 1;
    for (let i = 0; i <= last; i += WATCH_EVERY) watchAt(i);
    if (last > 0 && last % WATCH_EVERY !== 0) watchAt(last);
    for (const element of covered.keys()) {
      if (chosen.has(element)) continue;
      observer.unobserve(element);
      unreported.delete(element);
    }
    // An entry watched anew is reported at once, near or not; one still watched keeps waiting, with the rows it now reveals.
    for (const element of chosen.keys()) {
      if (covered.has(element)) continue;
      observer.observe(element);
      unreported.add(element);
    }
    covered = chosen;
    settle();
  }

  const unsubscribe = state.subscribe(choose);

  return {
    /**
     * Chooses the entries to watch now, and resolves once each entry watched anew has been
     * reported: the rows of the screens around the reader are then revealed.
     */
    sighted(): Promise<void> {
      choose();
      return new Promise((resolve) => {
        settled.push(resolve);
        settle();
      });
    },
    disconnect(): void {
      unsubscribe();
      observer.disconnect();
    },
  };
}
