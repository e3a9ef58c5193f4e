import { foldedText, textWithoutDescriptor } from './dom';

/*
 * A paper's title or abstract as arXiv's metadata writes it, math as `$TeX$`, whatever a page's
 * math renderer has done to it. Read with `textContent`, rendered math holds each formula two or
 * three times ("x2x^2"), and LaTeXML's holds its MathML annotations ("italic_τ start_POSTSUBSCRIPT").
 * What each renderer leaves in the page, and what is read of it:
 * - MathJax 2 (arXiv's listings, abstract and search pages; tex2jax, then the HTML-CSS, CommonHTML
 *   or SVG output): each formula becomes `span.MathJax_Preview`, a frame (`span.MathJax`,
 *   `div.MathJax_Display`, `span.mjx-chtml`, `span.MathJax_SVG`…, holding the rendered glyphs and
 *   `span.MJX_Assistive_MathML`) and `script[type="math/tex"]` (`; mode=display` for display math)
 *   with the TeX between the delimiters. The script's TeX is read; preview and frame are not.
 * - MathJax 3 and later: `mjx-container` with `mjx-assistive-mml`; the TeX is gone from the page,
 *   so a `math` element's TeX (alttext or annotation) is read if it has one, else its text.
 * - LaTeXML (arXiv's HTML papers) and KaTeX: `math` with `alttext` and an `application/x-tex`
 *   annotation, which is read; its presentation and other annotations are not. LaTeXML's footnotes
 *   (`\thanks` in a title) sit inside the text as `.ltx_note`, and are left out.
 */

/** Elements whose text is not the paper's as written: only a page with one of them needs the walk below. */
const NOT_PLAIN_TEXT = 'script, style, template, br, math, mjx-container, .katex, .ltx_note';

/** MathJax's own elements (preview, frames, assistive MathML, test boxes); arXiv's `mathjax` class marks what MathJax may process. */
const MATHJAX_OUTPUT = /^(?:MathJax|MJX|mjx-)/;

/** Clean text of a paper's title or abstract on a page, spacing folded, "Title:"-style labels left out; undefined when empty. */
export function paperText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  if (!el.querySelector(NOT_PLAIN_TEXT)) return textWithoutDescriptor(el);
  const parts: string[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).classList.contains('descriptor')) continue;
    appendText(node, parts);
  }
  return foldedText(parts.join(''));
}

function appendText(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const name = el.localName;
  if (name === 'script') {
    const type = el.getAttribute('type') ?? '';
    if (/^math\/tex/i.test(type)) parts.push(delimited(el.textContent ?? '', /mode\s*=\s*display/i.test(type)));
    return;
  }
  if (name === 'style' || name === 'template') return;
  // A title's line breaks (LaTeXML keeps `\\`) part words that textContent would join.
  if (name === 'br') {
    parts.push(' ');
    return;
  }
  if (name === 'math') {
    parts.push(mathText(el));
    return;
  }
  if (name === 'mjx-container') {
    const math = el.querySelector('math');
    if (math) parts.push(mathText(math, el.getAttribute('display') === 'true'));
    return;
  }
  if (isLeftOut(el)) return;
  // tex2jax turns an escaped `\$` into a bare span holding "$": read back as written.
  if (name === 'span' && !el.hasAttributes() && el.textContent === '$') {
    parts.push('\\$');
    return;
  }
  for (let child = el.firstChild; child; child = child.nextSibling) appendText(child, parts);
}

/** A renderer's copy of a formula, or a footnote: not the text as written. */
function isLeftOut(el: Element): boolean {
  for (const name of el.classList) if (MATHJAX_OUTPUT.test(name) || name === 'katex-html' || name === 'ltx_note') return true;
  return false;
}

/** A `math` element as `$TeX$` when it carries its TeX, else its presentation's text. */
function mathText(math: Element, display = math.getAttribute('display') === 'block'): string {
  const tex = math.getAttribute('alttext') ?? math.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
  if (tex?.trim()) return delimited(tex, display);
  const parts: string[] = [];
  const skipAnnotations = (node: Node): void => {
    if (node.nodeType === 1 && /^annotation/.test((node as Element).localName)) return;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else for (let child = node.firstChild; child; child = child.nextSibling) skipAnnotations(child);
  };
  skipAnnotations(math);
  return parts.join('');
}

/**
 * TeX between the delimiters arXiv's metadata uses, so a formula reads the same before a renderer
 * took its delimiters away as after. A `\begin{…}` environment is display math that had none.
 */
function delimited(tex: string, display: boolean): string {
  if (display && /^\s*\\begin\{/.test(tex)) return tex;
  return display ? `$$${tex}$$` : `$${tex}$`;
}
