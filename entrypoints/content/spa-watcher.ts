import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSinglePageAppHost } from '@/lib/pages';
import { HOST_TAG } from './hosts';

/**
 * A single-page app renders a route's content after its URL changes, and re-renders lists in
 * place: re-run (debounced) when the page's own nodes change, ignoring the changes our hosts make.
 * Static pages skip this: on a 2,000-entry listing the watching would only cost.
 */
export function watchSinglePageApp(ctx: Pick<ContentScriptContext, 'onInvalidated'>, rerun: () => void): void {
  if (!isSinglePageAppHost(location.hostname)) return;
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
