import lensCss from '@/components/common/lens.css?inline';
import type { HostRole, Placement } from '@/lib/pages';

declare global {
  interface ImportMetaEnv {
    /** Set by wxt.config.ts from ARXIV_LENS_OPEN_ROOTS; unset in the shipped build. */
    readonly ARXIV_LENS_OPEN_ROOTS?: boolean;
  }
}

export const HOST_TAG = 'arxiv-lens';

let sharedSheet: CSSStyleSheet | null | undefined;
/** Shadow roots given lens.css: a row's is given it at its first render, whatever its host's attributes say then. */
const styled = new WeakSet<ShadowRoot>();
/** Each host's shadow root: closed in the shipped build, so the extension keeps the only reference. */
const shadows = new WeakMap<Element, ShadowRoot>();

/**
 * Closed in the shipped build, so a page's scripts cannot read what the extension shows; open only in
 * a build made with ARXIV_LENS_OPEN_ROOTS=1 (wxt.config.ts), for the tests, the bench and screenshots.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.ARXIV_LENS_OPEN_ROOTS ? 'open' : 'closed';

/** The shadow root of a host the extension made; undefined for any other element. */
export const shadowOf = (host: Element): ShadowRoot | undefined => shadows.get(host);

/**
 * The events the extension's actions start from: clicks, keys, and the tag field's text. No
 * control of ours acts on `change` (the bar's filters and menus act on clicks and keys); it is
 * stopped all the same, so that no control added later takes one from a page's script.
 */
const USER_INPUT = ['click', 'keydown', 'input', 'change'] as const;

/**
 * A page's scripts can dispatch events (untrusted ones) at anything they can reach: those stop at
 * the shadow root, before any of the extension's handlers, so only the user's own input acts.
 */
const onlyTrusted = (event: Event) => {
  if (!event.isTrusted) event.stopImmediatePropagation();
};

/** A shadow root about to get content: styled, and deaf to the page's events. */
function prepareShadow(shadow: ShadowRoot): void {
  styleShadow(shadow);
  for (const type of USER_INPUT) shadow.addEventListener(type, onlyTrusted, true);
}

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
  /** Where React renders, inside the shadow root. */
  container: HTMLElement;
}

/**
 * A host element per the DOM contract: `data-arxiv-lens`, `data-paper-id`, a shadow root (closed when shipped).
 * Built by hand rather than with WXT's createShadowRootUi, which gives every host its own document
 * and stylesheet: fine for one panel, too slow for the 2,000 rows of the largest listings.
 * Not in the page until placed.
 */
export function createHost(role: HostRole | 'bar', paperId: string | null): Host {
  const element = document.createElement(HOST_TAG);
  element.dataset.arxivLens = role;
  if (paperId) element.dataset.paperId = paperId;
  const shadow = element.attachShadow({ mode: SHADOW_MODE });
  shadows.set(element, shadow);
  // A row is out of the page's layout until its content renders, and unstyled: the browser's own
  // [hidden] rule costs its style pass a fraction of matching lens.css for thousands of hosts.
  if (role === 'row') element.hidden = true;
  else prepareShadow(shadow);
  const container = document.createElement(role === 'row' ? 'span' : 'div');
  container.className = 'lens-root';
  shadow.append(container);
  // Keys typed on our inputs stay ours: arXiv's and Hugging Face's shortcuts must not fire.
  shadow.addEventListener('keydown', (e) => e.stopPropagation());
  return { element, container };
}

/** A row host comes into the page with its first render: prepared, then shown, before the browser paints. */
export function showRow(host: HTMLElement): void {
  const shadow = shadows.get(host)!;
  if (!styled.has(shadow)) prepareShadow(shadow);
  host.hidden = false;
}
