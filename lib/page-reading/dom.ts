import { parseArxivId, type ArxivId } from '../arxiv/ids';

export const ARXIV_HOSTS: readonly string[] = ['arxiv.org', 'www.arxiv.org'];

/** Text with spacing folded, or undefined when there is none. */
export function foldedText(text: string | null | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * Visible text of an element without its "Title:"-style descriptor labels. A label leads its
 * element on arXiv's pages: then the text is the element's whole text after the label's, read in
 * two steps; walking every child node cost several times as much over a long listing.
 */
export function textWithoutDescriptor(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const label = el.firstElementChild;
  if (label?.classList.contains('descriptor') && el.getElementsByClassName('descriptor').length === 1) {
    const text = el.textContent ?? '';
    const labelText = label.textContent ?? '';
    const at = text.indexOf(labelText);
    if (text.slice(0, at).trim() === '') return foldedText(text.slice(at + labelText.length));
  }
  return textSkippingLabels(el);
}

/** The element's text less that of its children labelled as descriptors. */
function textSkippingLabels(el: Element): string | undefined {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 1 && (node as Element).classList.contains('descriptor')) continue;
    text += node.textContent ?? '';
  }
  return foldedText(text);
}

/** A root-relative path of plain segments, none of them "." or "..": nothing to resolve. */
const ROOT_PATH = /^(?:\/[\w-][\w.-]*)+$/;

/** The arXiv id a link points at, resolved against the page so relative hrefs work. */
export function idFromLink(link: Element | null | undefined, base: URL): ArxivId | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  // arXiv's own links are plain root-relative paths: joined to the origin they need no URL parser
  // (2,000 of them on a listing). Anything else, dot segments included, is resolved by URL.
  if (ROOT_PATH.test(href)) return parseArxivId(`${base.origin}${href}`);
  try {
    return parseArxivId(new URL(href, base).href);
  } catch {
    return null;
  }
}
