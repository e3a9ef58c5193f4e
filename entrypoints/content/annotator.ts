import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '@/lib/pages';
import { mountHost, type Host } from './hosts';

interface Mounted {
  id: string;
  host: Host;
}

/**
 * Keeps the page's hosts in step with the papers on it: one pass per page load or route change,
 * adding hosts for new papers, keeping the ones still in place and removing the rest, so a pass
 * can run any number of times without duplicating anything.
 */
export function createAnnotator(ctx: ContentScriptContext) {
  const mounted = new Map<Element, Mounted>();
  let running: Promise<void> = Promise.resolve();

  async function pass(): Promise<void> {
    const detector = detectPage(location.href);
    const papers = detector?.findPapers(document, new URL(location.href)) ?? [];
    const wanted = new Set(papers.map((p) => p.anchor));
    for (const [anchor, entry] of mounted) {
      const current = papers.find((p) => p.anchor === anchor);
      if (!wanted.has(anchor) || current?.id !== entry.id || !entry.host.shadowHost.isConnected) {
        entry.host.remove();
        mounted.delete(anchor);
      }
    }
    if (detector) {
      for (const paper of papers) {
        if (mounted.has(paper.anchor)) continue;
        mounted.set(paper.anchor, { id: paper.id, host: await mountHost(ctx, detector, paper) });
      }
    }
    if (ctx.isInvalid) return;
    const root = document.documentElement;
    root.dataset.arxivLensReady = String(mounted.size);
    root.dataset.arxivLensMs = String(performance.now());
  }

  return {
    /** Runs a pass after any pass under way, so two passes never interleave. */
    run(): Promise<void> {
      running = running.then(pass, pass);
      return running;
    },
  };
}
