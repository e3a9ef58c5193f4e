import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '@/lib/pages';
import { createAnnotator } from './annotator';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    const annotator = createAnnotator(ctx);
    void annotator.run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
    watchSinglePageApp(ctx, () => void annotator.run());
  },
});

/**
 * Hugging Face renders a route's content after the URL changes, and re-renders lists in place:
 * re-run (debounced) when the page's own nodes change. arXiv pages are static and skip this.
 */
function watchSinglePageApp(ctx: { onInvalidated(cb: () => void): void }, rerun: () => void) {
  if (location.hostname !== 'huggingface.co') return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const ours = records.every((r) => (r.target as Element).closest?.('arxiv-lens') || isHost(r.addedNodes) || isHost(r.removedNodes));
    if (ours) return;
    clearTimeout(timer);
    timer = setTimeout(rerun, 100);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function isHost(nodes: NodeList): boolean {
  return nodes.length > 0 && [...nodes].every((n) => n.nodeName === 'ARXIV-LENS');
}
