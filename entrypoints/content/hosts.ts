import lensCss from '@/components/shared/lens.css?inline';
import type { HostRole, Placement } from '@/lib/pages';

export const HOST_TAG = 'arxiv-lens';

let sharedSheet: CSSStyleSheet | null | undefined;
/** Shadow roots given lens.css: a row's is given it at its first render, whatever its host's attributes say then. */
const styled = new WeakSet<ShadowRoot>();

/**
 * One stylesheet object adopted by every host's shadow root: parsed once, however many rows a
 * page has. Where a browser refuses sheets built in a content script (Firefox's isolation does),
 * each host gets a plain style element instead.
 */
function styleShadow(shadow: ShadowRoot): void {
  styled.add(shadow);
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(lensCss);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      sharedSheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = lensCss;
  shadow.append(style);
}

export function placeHost(host: Element, anchor: Element, placement: Placement): void {
  if (placement === 'after') anchor.after(host);
  else if (placement === 'before') anchor.before(host);
  else if (placement === 'first') anchor.prepend(host);
  else anchor.append(host);
}

export interface Host {
  element: HTMLElement;
  /** Where React renders, inside the open shadow root. */
  container: HTMLElement;
}

/**
 * A host element per the DOM contract: `data-arxiv-lens`, `data-paper-id`, an open shadow root.
 * Built by hand rather than with WXT's createShadowRootUi, which gives every host its own document
 * and stylesheet: fine for one panel, too slow for the 2,000 rows of the largest listings.
 * Not in the page until placed.
 */
export function createHost(role: HostRole | 'bar', paperId: string | null): Host {
  const element = document.createElement(HOST_TAG);
  element.dataset.arxivLens = role;
  if (paperId) element.dataset.paperId = paperId;
  const shadow = element.attachShadow({ mode: 'open' });
  // A row is out of the page's layout until its content renders, and unstyled: the browser's own
  // [hidden] rule costs its style pass a fraction of matching lens.css for thousands of hosts.
  if (role === 'row') element.hidden = true;
  else styleShadow(shadow);
  const container = document.createElement(role === 'row' ? 'span' : 'div');
  container.className = 'lens-root';
  shadow.append(container);
  // Keys typed on our inputs stay ours: arXiv's and Hugging Face's shortcuts must not fire.
  shadow.addEventListener('keydown', (e) => e.stopPropagation());
  return { element, container };
}

/** A row host comes into the page with its first render: styled, then shown, before the browser paints. */
export function showRow(host: HTMLElement): void {
  if (!styled.has(host.shadowRoot!)) styleShadow(host.shadowRoot!);
  host.hidden = false;
}
