import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSinglePageAppHost } from '@/lib/pages';
import { HOST_TAG } from './hosts';

/**
 * A single-page app changes its URL without loading a page, renders a route's content after, and
 * re-renders lists in place: re-run when the URL changes, and (debounced) when the page's own nodes
 * change, ignoring the changes our hosts make. Static pages skip this: arXiv's pages change their URL
 * only by loading another, which runs the content script anew, and the watching would only cost: on
 * a 2,000-entry listing, the nodes' changes; on every page, WXT's URL watcher, whose listener on the
 * Navigation API holds up the task that shows the panel.
 */
export function watchSinglePageApp(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'addEventListener'>, rerun: () => void): void {
  if (!isSinglePageAppHost(location.hostname)) return;
  ctx.addEventListener(window, 'wxt:locationchange', rerun);
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
  const onlyHosts = (nodes: NodeList) => nodes.length > 0 && [...nodes].every((n) => n.nodeName.toLowerCase() === HOST_TAG);
  return onlyHosts(record.addedNodes) || onlyHosts(record.removedNodes);
}
