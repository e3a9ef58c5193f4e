import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PaperRow } from '@/components/paper-row';
import { SummaryPanel } from '@/components/summary-panel';
import lensCss from '@/components/lens.css?inline';
import type { PaperInfo } from '@/lib/messaging-schemas';
import type { PageDetector, PagePaper } from '@/lib/pages';

export type Host = ShadowRootContentScriptUi<Root>;

/** Mounts one paper's host in its own open shadow root, tagged per the DOM contract. */
export async function mountHost(ctx: ContentScriptContext, detector: PageDetector, paper: PagePaper): Promise<Host> {
  const ui = await createShadowRootUi(ctx, {
    name: 'arxiv-lens',
    mode: 'open',
    position: 'inline',
    anchor: paper.anchor,
    append: detector.placement,
    css: lensCss,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.dataset.arxivLens = detector.role;
      host.dataset.paperId = paper.id;
      return createRoot(container);
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}

/**
 * Shows what the extension knows of the paper; called again whenever that changes. Synchronous,
 * so that when a pass marks the page ready, what it rendered is in the page.
 */
export function renderHost(host: Host, detector: PageDetector, id: string, info: PaperInfo): void {
  const root = host.mounted;
  if (!root) return;
  flushSync(() => root.render(detector.role === 'panel' ? <SummaryPanel id={id} info={info} /> : <PaperRow id={id} info={info} />));
}
