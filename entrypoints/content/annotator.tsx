import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseArxivId } from '@/lib/arxiv/ids';
import { sendMessage } from '@/lib/messaging';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { detectPage, type PageDetector, type PageKind, type PagePaper } from '@/lib/pages';
import { unhideAll } from './filter-entries';
import { createHost, placeHost } from './hosts';
import { LensApp } from './lens-app';
import type { HostSlot, PageState } from './page-state';

/** Empty hosts created per step; creating one costs microseconds, and an empty one moves nothing. */
const HOSTS_PER_STEP = 500;

/** Rows render when their entry is this close to the viewport: a screen or two ahead of the reader. */
const REVEAL_MARGIN = '1500px 0px';

interface Mounted {
  slot: HostSlot;
  element: HTMLElement;
  watched: Element;
}

/** Lets the page run between steps; a message, unlike a zero timeout, is not clamped to 4 ms. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The paper a paper page names in its URL, known before the page is parsed. */
function paperOfUrl(href: string): { detector: PageDetector; id: string } | null {
  const detector = detectPage(href);
  const paper = detector?.role === 'panel' || detector?.kind === 'hf-paper' ? parseArxivId(href) : null;
  return detector && paper ? { detector, id: paper.id } : null;
}

/**
 * Asks for a paper page's paper before the page is even parsed. A paper a pack knows only by
 * title is still found, by the pass's own lookup once the title is on the page.
 */
export function earlyLookup(href: string): Promise<LookupResponse> | undefined {
  const paper = paperOfUrl(href);
  return paper ? sendMessage('lookup', { ids: [paper.id], titles: {}, page: paper.detector.kind }).catch(() => ({})) : undefined;
}

/**
 * One message for the whole page; if the background cannot answer, papers still get their hosts.
 * A pass names its page kind, so sources look the papers up; a refresh after a change does not.
 */
async function lookupPapers(papers: PagePaper[], page?: PageKind): Promise<LookupResponse> {
  if (papers.length === 0) return {};
  const titles: Record<string, string> = {};
  for (const paper of papers) if (paper.title) titles[paper.id] = paper.title.slice(0, 1_000);
  try {
    return await sendMessage('lookup', { ids: [...new Set(papers.map((p) => p.id))], titles, ...(page ? { page } : {}) });
  } catch (error) {
    console.warn('arXiv Lens: lookup failed', error);
    return {};
  }
}

/** What the page's papers need; an early answer serves when it covers them all. */
async function lookupFor(papers: PagePaper[], page: PageKind | undefined, early?: Promise<LookupResponse>): Promise<LookupResponse> {
  const answer = early ? await early : {};
  const covered = papers.every((p) => answer[p.id] && (answer[p.id]!.summaries.length > 0 || !p.title));
  return covered ? answer : lookupPapers(papers, page);
}

/**
 * Keeps the page's hosts in step with the papers on it: one pass per page load or route change
 * adds hosts for new papers, keeps those still in place and removes the rest, so passes never
 * duplicate anything. Every paper gets its host at once; a row's content is rendered when its
 * entry first comes near the viewport, once, so a 2,000-entry listing never blocks the page.
 */
export function createAnnotator(ctx: ContentScriptContext, state: PageState) {
  const mounted = new Map<Element, Mounted>();
  let prepared: Mounted | undefined;
  const byWatched = new Map<Element, Mounted>();
  let bar: HostSlot | undefined;
  let barElement: HTMLElement | undefined;
  let papers: PagePaper[] = [];
  let nextKey = 0;
  let rendered = 0;
  let waiting: { count: number; resolve(): void } | undefined;
  let firstSighting: (() => void) | undefined;
  let running: Promise<void> = Promise.resolve();

  const observer = new IntersectionObserver(
    (entries) => {
      const keys: number[] = [];
      for (const entry of entries) {
        const row = byWatched.get(entry.target);
        if (!entry.isIntersecting || !row) continue;
        keys.push(row.slot.key);
        observer.unobserve(entry.target);
        byWatched.delete(entry.target);
      }
      if (keys.length) state.reveal(keys);
      firstSighting?.();
      firstSighting = undefined;
    },
    { rootMargin: REVEAL_MARGIN },
  );

  const root = createRoot(document.createElement('div'));
  const onCommit = (count: number) => {
    rendered = count;
    if (waiting && rendered >= waiting.count) {
      waiting.resolve();
      waiting = undefined;
    }
  };
  root.render(<LensApp state={state} onCommit={onCommit} />);
  ctx.onInvalidated(() => {
    observer.disconnect();
    root.unmount();
    for (const entry of mounted.values()) entry.element.remove();
    barElement?.remove();
    unhideAll();
  });

  /** Resolves once React has rendered every revealed host. */
  function renderedAll(): Promise<void> {
    const count = state.renderedSlots().length;
    return new Promise((resolve) => {
      if (rendered >= count) resolve();
      else waiting = { count, resolve };
    });
  }

  function publish(): void {
    state.setSlots([...(bar ? [bar] : []), ...[...mounted.values()].map((m) => m.slot)]);
  }

  function removeStale(current: PagePaper[]): void {
    const wanted = new Map(current.map((p) => [p.anchor, p.id]));
    for (const [anchor, entry] of mounted) {
      if (wanted.get(anchor) !== entry.slot.id || !entry.element.isConnected) {
        entry.element.remove();
        observer.unobserve(entry.watched);
        byWatched.delete(entry.watched);
        mounted.delete(anchor);
      }
    }
    if (barElement && (current.length === 0 || !barElement.isConnected)) {
      barElement.remove();
      unhideAll();
      bar = barElement = undefined;
    }
  }

  function mountBar(detector: PageDetector): void {
    const place = bar ? null : detector.findBarPlace?.(document);
    if (!place) return;
    const host = createHost('bar', null);
    placeHost(host.element, place.anchor, place.placement);
    barElement = host.element;
    bar = { key: nextKey++, role: 'bar', id: '', container: host.container };
    state.reveal([bar.key]);
  }

  function mountPaper(detector: PageDetector, paper: PagePaper): Mounted {
    const ready = prepared?.slot.id === paper.id && detector.role === prepared.slot.role ? prepared : undefined;
    prepared = undefined;
    if (ready) {
      placeHost(ready.element, paper.anchor, detector.placement);
      const entry = { ...ready, slot: { ...ready.slot, title: paper.title, version: paper.version, meta: paper.meta }, watched: paper.anchor };
      mounted.set(paper.anchor, entry);
      return entry;
    }
    const host = createHost(detector.role, paper.id);
    placeHost(host.element, paper.anchor, detector.placement);
    const slot: HostSlot = {
      key: nextKey++,
      role: detector.role,
      id: paper.id,
      title: paper.title,
      version: paper.version,
      meta: paper.meta,
      container: host.container,
      entry: paper.entry,
      compact: detector.kind === 'html',
    };
    const entry = { slot, element: host.element, watched: paper.entry?.[0] ?? paper.anchor };
    mounted.set(paper.anchor, entry);
    return entry;
  }

  async function pass(early?: Promise<LookupResponse>): Promise<void> {
    const detector = detectPage(location.href);
    const enabled = detector && state.preferences().enabledKinds.includes(detector.kind);
    papers = enabled ? detector.findPapers(document, new URL(location.href)) : [];
    removeStale(papers);
    state.setInfo(await lookupFor(papers, enabled ? detector.kind : undefined, early));
    if (ctx.isInvalid) return;
    const fresh: Mounted[] = [];
    if (enabled && papers.length > 0) {
      if (detector.role === 'row') mountBar(detector);
      const unmounted = papers.filter((p) => !mounted.has(p.anchor));
      for (let i = 0; i < unmounted.length; i += HOSTS_PER_STEP) {
        if (i > 0) await yieldToMain();
        fresh.push(...unmounted.slice(i, i + HOSTS_PER_STEP).map((paper) => mountPaper(detector, paper)));
      }
    }
    // A panel rendered ahead that found no place (the layout is not one we know) is dropped unseen.
    prepared = undefined;
    const rows = fresh.filter((m) => m.slot.role === 'row');
    state.reveal(fresh.filter((m) => m.slot.role !== 'row').map((m) => m.slot.key));
    if (rows.length > 0) {
      const sighted = new Promise<void>((resolve) => (firstSighting = resolve));
      for (const row of rows) {
        byWatched.set(row.watched, row);
        observer.observe(row.watched);
      }
      publish();
      await sighted;
    } else {
      publish();
    }
    await renderedAll();
    const html = document.documentElement;
    html.dataset.arxivLensReady = String(mounted.size);
    html.dataset.arxivLensMs = String(performance.now());
  }

  return {
    /**
     * Before the page is parsed: a paper page's panel is rendered, with the early answer, into a
     * host not yet in the page; the first pass only has to place it after the abstract.
     */
    prepare(early: Promise<LookupResponse> | undefined): void {
      const paper = paperOfUrl(location.href);
      if (!paper || paper.detector.role !== 'panel' || !early) return;
      const host = createHost('panel', paper.id);
      const slot: HostSlot = { key: nextKey++, role: 'panel', id: paper.id, container: host.container, compact: paper.detector.kind === 'html' };
      prepared = { slot, element: host.element, watched: host.element };
      void early.then((answer) => {
        if (prepared?.slot !== slot) return;
        state.setInfo(answer);
        state.reveal([slot.key]);
        state.setSlots([...state.slots(), slot]);
      });
    },
    /** Runs a pass after any pass under way, so two passes never interleave. */
    run(early?: Promise<LookupResponse>): Promise<void> {
      const next = () => pass(early);
      running = running.then(next, next);
      return running;
    },
    /** The user's data changed elsewhere: ask again for the papers on the page, without remounting. */
    refresh(): Promise<void> {
      const next = async () => {
        if (papers.length > 0) state.setInfo(await lookupPapers(papers));
      };
      running = running.then(next, next);
      return running;
    },
  };
}
