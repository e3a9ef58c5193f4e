import type { PageDetector, PagePaper, Placement } from '@/lib/pages';
import { createHost, placeHost } from './hosts';
import type { HostSlot } from '@/lib/page-view/page-state';

/** A paper found on the page, and where its host goes when it gets one. */
interface Known {
  slot: HostSlot;
  anchor: Element;
  placement: Placement;
}

/**
 * The papers on the page and their hosts, keyed by the element each is anchored to, so a pass adds
 * new papers, keeps those still in place and removes the rest, and never duplicates one. Every
 * paper is known at once, for the filters, the order, triage and the counts; a panel gets its host
 * at once, a row only when its entry nears the viewport (`host`), so a 2,000-entry list adds no
 * more hosts than the reader has near.
 */
export function createPaperHosts(nextKey: () => number) {
  const known = new Map<Element, Known>();
  const byKey = new Map<number, Known>();

  function place(entry: Known): void {
    if (entry.slot.host) return;
    const host = createHost(entry.slot.role, entry.slot.id);
    placeHost(host.element, entry.anchor, entry.placement);
    entry.slot.host = host.element;
    entry.slot.container = host.container;
  }

  function add(detector: PageDetector, paper: PagePaper): Known {
    const slot: HostSlot = {
      key: nextKey(),
      role: detector.role,
      id: paper.id,
      title: paper.title,
      version: paper.version,
      meta: paper.meta,
      entry: paper.entry,
      watched: paper.entry?.[0] ?? paper.anchor,
      compact: detector.compact,
      section: paper.section,
      abstract: paper.abstract,
      abstractHidden: paper.abstractHidden,
    };
    const entry = { slot, anchor: paper.anchor, placement: detector.placement };
    if (detector.role !== 'row') place(entry);
    return entry;
  }

  function forget(anchor: Element, entry: Known): void {
    entry.slot.host?.remove();
    known.delete(anchor);
    byKey.delete(entry.slot.key);
  }

  return {
    /** The papers found on the page, hosted or not. */
    count: () => known.size,
    slots: (): HostSlot[] => [...known.values()].map((k) => k.slot),
    /** Forgets the papers no longer at their anchor, and those whose host the page took out. */
    removeStale(current: PagePaper[]): void {
      const wanted = new Map(current.map((p) => [p.anchor, p.id]));
      for (const [anchor, entry] of known) {
        if (wanted.get(anchor) === entry.slot.id && (!entry.slot.host || entry.slot.host.isConnected)) continue;
        forget(anchor, entry);
      }
    },
    /** Knows the papers it did not; returns the new ones' slots. A panel's host goes in now, rows' wait for `host`. */
    addNew(detector: PageDetector, papers: PagePaper[]): HostSlot[] {
      const fresh: HostSlot[] = [];
      for (const paper of papers) {
        if (known.has(paper.anchor)) continue;
        const entry = add(detector, paper);
        known.set(paper.anchor, entry);
        byKey.set(entry.slot.key, entry);
        fresh.push(entry.slot);
      }
      return fresh;
    },
    /** Hosts for these rows, if they have none yet: the page gets a row's host as its entry nears the viewport. */
    host(keys: Iterable<number>): void {
      for (const key of keys) {
        const entry = byKey.get(key);
        if (entry) place(entry);
      }
    },
    removeAll(): void {
      for (const [anchor, entry] of known) forget(anchor, entry);
    },
  };
}
