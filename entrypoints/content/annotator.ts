import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging';
import type { LookupResponse, PaperInfo } from '@/lib/messaging-schemas';
import { detectPage, type PagePaper } from '@/lib/pages';
import { mountHost, renderHost, type Host } from './hosts';

interface Mounted {
  id: string;
  host: Host;
}

const NOTHING_KNOWN: PaperInfo = { summaries: [], curatedTags: [], userTags: [], saved: null };

/** One message for the whole page; if the background cannot answer, papers still get their hosts. */
async function lookupPapers(papers: PagePaper[]): Promise<LookupResponse> {
  if (papers.length === 0) return {};
  const titles: Record<string, string> = {};
  for (const paper of papers) if (paper.title) titles[paper.id] = paper.title.slice(0, 1_000);
  try {
    return await sendMessage('lookup', { ids: papers.map((p) => p.id), titles });
  } catch (error) {
    console.warn('arXiv Lens: lookup failed', error);
    return {};
  }
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
    const current = new Map(papers.map((p) => [p.anchor, p.id]));
    for (const [anchor, entry] of mounted) {
      if (current.get(anchor) !== entry.id || !entry.host.shadowHost.isConnected) {
        entry.host.remove();
        mounted.delete(anchor);
      }
    }
    const info = await lookupPapers(papers);
    if (ctx.isInvalid) return;
    if (detector) {
      for (const paper of papers) {
        let entry = mounted.get(paper.anchor);
        if (!entry) {
          entry = { id: paper.id, host: await mountHost(ctx, detector, paper) };
          mounted.set(paper.anchor, entry);
        }
        renderHost(entry.host, detector, paper.id, info[paper.id] ?? NOTHING_KNOWN);
      }
    }
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
