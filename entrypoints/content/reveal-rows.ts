import type { MountedHost } from './paper-hosts';

/** Rows render when their entry is this close to the viewport: a screen or two ahead of the reader. */
const REVEAL_MARGIN = '1500px 0px';

/**
 * Reveals a row when its entry first comes near the viewport, once: each React portal costs a full
 * set of event listeners and each chunk of rows a full-page layout, so 2,000 at once would block.
 */
export function createRowRevealer(reveal: (keys: number[]) => void) {
  const keys = new Map<Element, number>();
  let firstReport: (() => void) | undefined;

  const observer = new IntersectionObserver(
    (entries) => {
      const near: number[] = [];
      for (const entry of entries) {
        const key = keys.get(entry.target);
        if (!entry.isIntersecting || key === undefined) continue;
        near.push(key);
        observer.unobserve(entry.target);
        keys.delete(entry.target);
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
      for (const row of rows) {
        keys.set(row.watched, row.slot.key);
        observer.observe(row.watched);
      }
      return reported;
    },
    forget(watched: Element): void {
      observer.unobserve(watched);
      keys.delete(watched);
    },
    disconnect: () => observer.disconnect(),
  };
}
