import type { PageDetector } from '@/lib/pages';
import { unhideAll } from '@/lib/page-view/filter-entries';
import { createHost, placeHost } from './hosts';
import type { HostSlot } from '@/lib/page-view/page-state';
import { clearRowMarks } from '@/lib/page-view/row-marks';

/** The one bar above a list: placed once, removed with the list, and nothing it hid stays hidden. */
export function createBarHost(nextKey: () => number) {
  let bar: { slot: HostSlot; element: HTMLElement } | undefined;

  function remove(): void {
    bar?.element.remove();
    bar = undefined;
    unhideAll();
    clearRowMarks();
  }

  return {
    slots: (): HostSlot[] => (bar ? [bar.slot] : []),
    /** Places the bar where the list's detector says, if it has none yet; returns its slot when new. */
    mount(detector: PageDetector): HostSlot | undefined {
      const place = bar ? null : detector.findBarPlace?.(document);
      if (!place) return undefined;
      const host = createHost('bar', null);
      placeHost(host.element, place.anchor, place.placement);
      bar = { slot: { key: nextKey(), role: 'bar', id: '', container: host.container }, element: host.element };
      return bar.slot;
    },
    /** The list is gone, or the page took the bar out with the part it sat in. */
    removeIfStale(listed: boolean): void {
      if (bar && (!listed || !bar.element.isConnected)) remove();
    },
    remove,
  };
}
