import { parseArxivId, type ArxivId } from '../arxiv/ids';

export const ARXIV_HOSTS: readonly string[] = ['arxiv.org', 'www.arxiv.org'];

/** Text with spacing folded, or undefined when there is none. */
export function foldedText(text: string | null | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** Visible text of an element without its "Title:"-style descriptor label. */
export function textWithoutDescriptor(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 1 && (node as Element).classList.contains('descriptor')) continue;
    text += node.textContent ?? '';
  }
  return foldedText(text);
}

/** The arXiv id a link points at, resolved against the page so relative hrefs work. */
export function idFromLink(link: Element | null | undefined, base: URL): ArxivId | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return parseArxivId(new URL(href, base).href);
  } catch {
    return null;
  }
}
