import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PaperHost } from '@/components/paper-host';
import lensCss from '@/components/lens.css?inline';
import type { PageDetector, PagePaper } from '@/lib/pages';

export type Host = ShadowRootContentScriptUi<Root>;

/** Mounts one paper's UI in its own open shadow root, tagged per the DOM contract. */
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
      // Rows sit inside a line of links; panels are blocks of their own.
      host.style.display = detector.role === 'row' ? 'inline' : 'block';
      const root = createRoot(container);
      root.render(<PaperHost role={detector.role} id={paper.id} version={paper.version} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
