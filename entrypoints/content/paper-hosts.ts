import type { PageDetector, PagePaper } from '@/lib/pages';
import { createHost, placeHost } from './hosts';
import type { HostSlot, MountedHost } from '@/lib/page-view/page-state';
import { yieldToMain } from '@/lib/page-view/yield-to-main';

/** Empty hosts created per step; creating one costs microseconds, and an empty one moves nothing. */
const HOSTS_PER_STEP = 500;

/**
 * The hosts of the page's papers, keyed by the element each is anchored to, so a pass adds hosts
 * for new papers, keeps those still in place and removes the rest, and never duplicates one.
 */
export function createPaperHosts(nextKey: () => number) {
  const mounted = new Map<Element, MountedHost>();

  function mount(detector: PageDetector, paper: PagePaper): MountedHost {
    const host = createHost(detector.role, paper.id);
    placeHost(host.element, paper.anchor, detector.placement);
    const slot: HostSlot = {
      key: nextKey(),
      role: detector.role,
      id: paper.id,
      title: paper.title,
      version: paper.version,
      meta: paper.meta,
      container: host.container,
      entry: paper.entry,
      compact: detector.compact,
      host: host.element,
      section: paper.section,
      abstract: paper.abstract,
      abstractHidden: paper.abstractHidden,
    };
    return { slot, element: host.element, watched: paper.entry?.[0] ?? paper.anchor };
  }

  return {
    count: () => mounted.size,
    slots: (): HostSlot[] => [...mounted.values()].map((m) => m.slot),
    /** Removes the hosts whose paper is no longer at their anchor, or that the page took out; returns them. */
    removeStale(current: PagePaper[]): MountedHost[] {
      const wanted = new Map(current.map((p) => [p.anchor, p.id]));
      const gone: MountedHost[] = [];
      for (const [anchor, entry] of mounted) {
        if (wanted.get(anchor) === entry.slot.id && entry.element.isConnected) continue;
        entry.element.remove();
        mounted.delete(anchor);
        gone.push(entry);
      }
      return gone;
    },
    /**
     * Hosts for the papers that have none, in steps with the page running between them, so a
     * 2,000-entry list never blocks it.
     */
    async mountNew(detector: PageDetector, papers: PagePaper[]): Promise<MountedHost[]> {
      const unmounted = papers.filter((p) => !mounted.has(p.anchor));
      const fresh: MountedHost[] = [];
      for (let i = 0; i < unmounted.length; i += HOSTS_PER_STEP) {
        if (i > 0) await yieldToMain();
        for (const paper of unmounted.slice(i, i + HOSTS_PER_STEP)) {
          const entry = mount(detector, paper);
          mounted.set(paper.anchor, entry);
          fresh.push(entry);
        }
      }
      return fresh;
    },
    removeAll(): void {
      for (const entry of mounted.values()) entry.element.remove();
      mounted.clear();
    },
  };
}
