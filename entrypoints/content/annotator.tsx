import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging';
import type { LookupResponse } from '@/lib/messaging-schemas';
import { detectPage, type PageDetector, type PagePaper } from '@/lib/pages';
import { createHost } from './hosts';
import { LensApp } from './lens-app';
import type { HostSlot, PageState } from './page-state';

/** Hosts added per step: small enough that each step's render stays far under 50 ms. */
const CHUNK = 150;

interface Mounted {
  slot: HostSlot;
  element: HTMLElement;
}

function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One message for the whole page; if the background cannot answer, papers still get their hosts. */
async function lookupPapers(papers: PagePaper[]): Promise<LookupResponse> {
  if (papers.length === 0) return {};
  const titles: Record<string, string> = {};
  for (const paper of papers) if (paper.title) titles[paper.id] = paper.title.slice(0, 1_000);
  try {
    return await sendMessage('lookup', { ids: [...new Set(papers.map((p) => p.id))], titles });
  } catch (error) {
    console.warn('arXiv Lens: lookup failed', error);
    return {};
  }
}

/**
 * Keeps the page's hosts in step with the papers on it: one pass per page load or route change
 * adds hosts for new papers, keeps those still in place and removes the rest, so passes never
 * duplicate anything. Large lists are mounted in steps, yielding to the page between them.
 */
export function createAnnotator(ctx: ContentScriptContext, state: PageState) {
  const mounted = new Map<Element, Mounted>();
  let bar: Mounted | undefined;
  let papers: PagePaper[] = [];
  let nextKey = 0;
  let rendered = 0;
  let waiting: { count: number; resolve(): void } | undefined;
  let running: Promise<void> = Promise.resolve();

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
    root.unmount();
    for (const entry of mounted.values()) entry.element.remove();
    bar?.element.remove();
  });

  const committed = (count: number) =>
    new Promise<void>((resolve) => {
      if (rendered >= count) resolve();
      else waiting = { count, resolve };
    });

  function publish(): Promise<void> {
    const slots = [...(bar ? [bar.slot] : []), ...[...mounted.values()].map((m) => m.slot)];
    state.setSlots(slots);
    return committed(slots.length);
  }

  function removeStale(current: PagePaper[]): void {
    const wanted = new Map(current.map((p) => [p.anchor, p.id]));
    for (const [anchor, entry] of mounted) {
      if (wanted.get(anchor) !== entry.slot.id || !entry.element.isConnected) {
        entry.element.remove();
        mounted.delete(anchor);
      }
    }
    if (bar && (current.length === 0 || !bar.element.isConnected)) {
      bar.element.remove();
      bar = undefined;
    }
  }

  function mountBar(detector: PageDetector): void {
    const place = bar ? null : detector.findBarPlace?.(document);
    if (!place) return;
    const host = createHost('bar', null, place.anchor, place.placement);
    bar = { element: host.element, slot: { key: nextKey++, role: 'bar', id: '', container: host.container } };
  }

  function mountPaper(detector: PageDetector, paper: PagePaper): void {
    const host = createHost(detector.role, paper.id, paper.anchor, detector.placement);
    // Keys typed on our inputs stay ours: arXiv's and Hugging Face's shortcuts must not fire.
    host.container.parentNode!.addEventListener('keydown', (e) => e.stopPropagation());
    const slot: HostSlot = {
      key: nextKey++,
      role: detector.role,
      id: paper.id,
      title: paper.title,
      container: host.container,
      entry: paper.entry,
      compact: detector.kind === 'html',
    };
    mounted.set(paper.anchor, { slot, element: host.element });
  }

  async function pass(): Promise<void> {
    const detector = detectPage(location.href);
    const enabled = detector && state.preferences().enabledKinds.includes(detector.kind);
    papers = enabled ? detector.findPapers(document, new URL(location.href)) : [];
    removeStale(papers);
    state.setInfo(await lookupPapers(papers));
    if (ctx.isInvalid) return;
    if (enabled && papers.length > 0) {
      if (detector.role === 'row') mountBar(detector);
      const fresh = papers.filter((p) => !mounted.has(p.anchor));
      for (let i = 0; i < fresh.length; i += CHUNK) {
        fresh.slice(i, i + CHUNK).forEach((paper) => mountPaper(detector, paper));
        await publish();
        if (i + CHUNK < fresh.length) await yieldToMain();
      }
    }
    await publish();
    const html = document.documentElement;
    html.dataset.arxivLensReady = String(mounted.size);
    html.dataset.arxivLensMs = String(performance.now());
  }

  return {
    /** Runs a pass after any pass under way, so two passes never interleave. */
    run(): Promise<void> {
      running = running.then(pass, pass);
      return running;
    },
    /** The user's data changed elsewhere: ask again for the papers on the page, without remounting. */
    async refresh(): Promise<void> {
      if (papers.length > 0) state.setInfo(await lookupPapers(papers));
    },
  };
}
