import type { MountedHost } from './page-state';

/** Rows render when their entry is this close to the viewport: a screen or two ahead of the reader. */
const REVEAL_MARGIN = '1500px 0px';

/**
 * One entry in this many is watched, and reveals the rows from the watched entry before it to the
 * one after. The browser intersects every watched element at every frame of the page, a cost that
 * grows with the entries watched; a row in view always has a watched entry within the margin unless
 * this many entries are taller than the viewport and both margins (over 900 px each).
 */
export const WATCH_EVERY = 4;

/**
 * Reveals a row when its entry first comes near the viewport, once: each React portal costs a full
 * set of event listeners and each chunk of rows a full-page layout, so 2,000 at once would block.
 */
export function createRowRevealer(reveal: (keys: number[]) => void) {
  /** Each watched entry, with the rows it reveals. */
  const covered = new Map<Element, number[]>();
  let firstReport: (() => void) | undefined;

  const observer = new IntersectionObserver(
    (entries) => {
      const near: number[] = [];
      for (const entry of entries) {
        const keys = covered.get(entry.target);
        if (!entry.isIntersecting || !keys) continue;
        near.push(...keys);
        observer.unobserve(entry.target);
        covered.delete(entry.target);
      }
      if (near.length) reveal(near);
      firstReport?.();
      firstReport = undefined;
    },
    { rootMargin: REVEAL_MARGIN },
  );

  return {
    /** Resolves at the observer's first report, when the rows of the first screens are revealed. */
    watch(rows: MountedHost[]): Promise<void> {
      const reported = new Promise<void>((resolve) => (firstReport = resolve));
      const last = rows.length - 1;
      const watchAt = (i: number) => {
        covered.set(
          rows[i]!.watched,
          rows.slice(Math.max(0, i - WATCH_EVERY), i + WATCH_EVERY + 1).map((row) => row.slot.key),
        );
        observer.observe(rows[i]!.watched);
      };
      for (let i = 0; i <= last; i += WATCH_EVERY) watchAt(i);
      if (last > 0 && last % WATCH_EVERY !== 0) watchAt(last);
      return reported;
    },
    /** A row taken off the page: its entry is watched no more; its neighbours are still covered by the watched entries on either side. */
    forget(watched: Element): void {
      observer.unobserve(watched);
      covered.delete(watched);
    },
    disconnect: () => observer.disconnect(),
  };
}
