import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Hugging Face renders a route's content after its URL changes, and re-renders lists in place:
 * re-run (debounced) when the page's own nodes change, ignoring the changes our hosts make.
 * arXiv pages are static and skip this.
 */
export function watchSinglePageApp(ctx: ContentScriptContext, rerun: () => void): void {
  if (location.hostname !== 'huggingface.co') return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every(isOurs)) return;
    clearTimeout(timer);
    timer = setTimeout(rerun, 100);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function isOurs(record: MutationRecord): boolean {
  const onlyHosts = (nodes: NodeList) => nodes.length > 0 && [...nodes].every((n) => n.nodeName === 'ARXIV-LENS');
  return onlyHosts(record.addedNodes) || onlyHosts(record.removedNodes);
}
