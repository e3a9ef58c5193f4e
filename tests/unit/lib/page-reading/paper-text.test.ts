// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlPaper } from '@/lib/pages/html';
import { listingPage } from '@/lib/pages/listing';
import { paperText } from '@/lib/page-reading/paper-text';

function load(file: string, url: string): Document {
  return new JSDOM(readFileSync(`tests/fixtures/${file}`, 'utf8'), { url }).window.document;
}

const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
};

/** An element holding markup as a script would put it there, so MathJax's `div` stays in an abstract's `p`. */
const holding = (tag: string, html: string) => {
  const el = document.createElement(tag);
  el.innerHTML = html;
  return el;
};

const title = (inner: string) => element(`<div class="list-title mathjax"><span class="descriptor">Title:</span> ${inner}</div>`);

/*
 * One formula, `x^2`, as each of MathJax 2.7's outputs leaves it in a title (github.com/mathjax/MathJax,
 * branch legacy-v2: extensions/tex2jax.js writes the preview and the script, jax/output/*\/jax.js the
 * frame, extensions/AssistiveMML.js the hidden MathML), and as MathJax 3 leaves it.
 */
const ASSISTIVE =
  '<span class="MJX_Assistive_MathML" role="presentation"><math xmlns="http://www.w3.org/1998/Math/MathML"><msup><mi>x</mi><mn>2</mn></msup></math></span>';
const SCRIPT = '<script type="math/tex" id="MathJax-Element-1">x^2</script>';
const MATHJAX_2 = {
  'tex2jax only (before an output ran)': `<span class="MathJax_Preview">x^2</span>${SCRIPT}`,
  'HTML-CSS, while typesetting': `<span class="MathJax_Preview" style="display: none;">x^2</span><span class="MathJax MathJax_Processing" id="MathJax-Element-1-Frame"></span><span class="MathJax_test mjx-test-inline"><span class="MathJax_left_box"></span></span>${SCRIPT}`,
  'HTML-CSS': `<span class="MathJax_Preview" style="color: inherit; display: none;"></span><span class="MathJax" id="MathJax-Element-1-Frame" tabindex="0" style="position: relative;" data-mathml="&lt;math&gt;&lt;/math&gt;" role="presentation"><nobr aria-hidden="true"><span class="math" id="MathJax-Span-1"><span class="mrow" id="MathJax-Span-2"><span class="msubsup" id="MathJax-Span-3"><span class="mi" id="MathJax-Span-4" style="font-family: MathJax_Math-italic;">x</span><span class="mn" id="MathJax-Span-5" style="font-size: 70.7%; font-family: MathJax_Main;">2</span></span></span></span></nobr>${ASSISTIVE}</span>${SCRIPT}`,
  CommonHTML: `<span class="MathJax_Preview" style="color: inherit;"></span><span class="mjx-chtml MathJax_CHTML" id="MathJax-Element-1-Frame" tabindex="0" role="presentation"><span class="mjx-math" aria-hidden="true"><span class="mjx-mrow"><span class="mjx-msubsup"><span class="mjx-base"><span class="mjx-mi"><span class="mjx-char MJXc-TeX-math-I">x</span></span></span><span class="mjx-sup"><span class="mjx-mn"><span class="mjx-char MJXc-TeX-main-R">2</span></span></span></span></span></span>${ASSISTIVE}</span>${SCRIPT}`,
  SVG: `<span class="MathJax_Preview" style="color: inherit; display: none;"></span><span class="MathJax_SVG" id="MathJax-Element-1-Frame" tabindex="0" role="presentation"><svg aria-hidden="true" role="img"><g><use href="#MJMATHI-78"></use><text>x</text></g></svg>${ASSISTIVE}</span>${SCRIPT}`,
  'fast preview, then NativeMML': `<span class="MathJax_Preview"><span class="MathJax_PHTML"><span class="MJXp-mi MJXp-italic">x</span><span class="MJXp-mn">2</span></span></span><span class="MathJax_MathML" id="MathJax-Element-1-Frame"><math><msup><mi>x</mi><mn>2</mn></msup></math></span>${SCRIPT}`,
  'a TeX error under noErrors': `<span class="MathJax_Preview"></span><span class="MathJax" id="MathJax-Element-1-Frame"><nobr><span class="merror">$x^2$</span></nobr></span>${SCRIPT}`,
};

describe('paperText', () => {
  it.each(Object.entries(MATHJAX_2))('reads a title after MathJax 2 (%s) as before it ran', (_, typeset) => {
    const before = paperText(title('Bounds on $x^2$ for all x'));
    expect(before).toBe('Bounds on $x^2$ for all x');
    expect(paperText(title(`Bounds on ${typeset} for all x`))).toBe(before);
  });

  it('reads display math and environments back with the delimiters they were written with', () => {
    const display = `<div class="MathJax_Display"><span class="MathJax" id="MathJax-Element-2-Frame"><nobr>∑ai</nobr><span class="MJX_Assistive_MathML MJX_Assistive_MathML_Block"><math display="block"><mo>∑</mo></math></span></span></div><script type="math/tex; mode=display" id="MathJax-Element-2">\\sum_i a_i</script>`;
    const env = `<span class="MathJax_Preview"></span><div class="MathJax_Display"><span class="MathJax"><nobr>a=b</nobr></span></div><script type="math/tex; mode=display">\\begin{equation} a=b \\end{equation}</script>`;
    const before = 'We show $$\\sum_i a_i$$ and \\begin{equation} a=b \\end{equation} hold.';
    expect(paperText(holding('p', before))).toBe(before);
    expect(paperText(holding('p', `We show ${display} and ${env} hold.`))).toBe(before);
  });

  it('reads math nested in markup, and several formulas in a row, once each', () => {
    const formula = (id: number, tex: string, shown: string) =>
      `<span class="MathJax_Preview"></span><span class="MathJax" id="MathJax-Element-${id}-Frame"><nobr>${shown}</nobr><span class="MJX_Assistive_MathML"><math><mi>${shown}</mi></math></span></span><script type="math/tex">${tex}</script>`;
    expect(paperText(title(`<em>On ${formula(1, '\\alpha', 'α')}</em>-${formula(2, '\\beta', 'β')}${formula(3, 'k', 'k')} mixing`))).toBe(
      'On $\\alpha$-$\\beta$$k$ mixing',
    );
  });

  it('puts back the dollar sign tex2jax took the backslash from', () => {
    expect(paperText(element('<p class="mathjax">It costs \\$5.</p>'))).toBe('It costs \\$5.');
    expect(paperText(element('<p class="mathjax">It costs <span>$</span>5 and <script type="math/tex">x</script>.</p>'))).toBe(
      'It costs \\$5 and $x$.',
    );
  });

  it("reads MathJax 3's container by its MathML's TeX, or by the MathML's text when the TeX is gone", () => {
    const container = (math: string, display = false) =>
      `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"${display ? ' display="true"' : ''} tabindex="0" style="position: relative;"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-msup><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D465 TEX-I"></mjx-c></mjx-mi></mjx-msup></mjx-math><mjx-assistive-mml unselectable="on" display="${display ? 'block' : 'inline'}">${math}</mjx-assistive-mml></mjx-container>`;
    const mml = '<math xmlns="http://www.w3.org/1998/Math/MathML"><msup><mi>x</mi><mn>2</mn></msup></math>';
    expect(paperText(title(`Bounds on ${container(mml)} here`))).toBe('Bounds on x2 here');
    const withTeX =
      '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math>';
    expect(paperText(title(`Bounds on ${container(withTeX)} here`))).toBe('Bounds on $x^2$ here');
    expect(paperText(title(`Bounds on ${container(withTeX, true)} here`))).toBe('Bounds on $$x^2$$ here');
  });

  it("reads KaTeX's MathML annotation and not its rendering", () => {
    const katex =
      '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">x</span><span class="mord">2</span></span></span></span>';
    expect(paperText(element(`<h3>Bounds on ${katex} here</h3>`))).toBe('Bounds on $x^2$ here');
  });

  it('keeps what a page shows as text as text, markup-like or not, and never runs or adds it', () => {
    const el = title(
      '&lt;img src=x onerror=alert(1)&gt; <script>document.title = "pwned"</script><script type="math/tex">\\text{<b>&amp;</b><img src=x>}</script><math alttext="&lt;svg onload=alert(1)&gt;"><mi>x</mi></math>',
    );
    const nodes = el.querySelectorAll('*').length;
    expect(paperText(el)).toBe('<img src=x onerror=alert(1)> $\\text{<b>&amp;</b><img src=x>}$$<svg onload=alert(1)>$');
    expect(el.querySelectorAll('*').length).toBe(nodes);
    expect(el.querySelector('img, b, svg')).toBeNull();
  });

  it('reads plain titles as before: labels out, spacing folded, nothing when empty', () => {
    expect(paperText(title('\n  Attention Is All\n You Need\n'))).toBe('Attention Is All You Need');
    expect(paperText(title(''))).toBeUndefined();
    expect(paperText(title('<script type="math/tex"> </script>'))).toBe('$ $');
    expect(paperText(null)).toBeUndefined();
  });
});

/*
 * LaTeXML's math as arXiv's HTML papers carry it (e.g. arxiv.org/html/2503.16905: presentation MathML,
 * then `annotation-xml` with content MathML, the `application/x-tex` annotation and an
 * `application/x-llamapun` one, whose text is what textContent showed as "roman_Δ start_POSTSUBSCRIPT").
 */
const LATEXML_DELTA =
  '<math alttext="\\Delta_{\\text{knowledge}}" class="ltx_Math" display="inline" id="m1.1"><semantics id="m1.1a"><msub id="m1.1.1" xref="m1.1.1.cmml"><mi id="m1.1.1.2" mathvariant="normal" xref="m1.1.1.2.cmml">Δ</mi><mtext id="m1.1.1.3" xref="m1.1.1.3.cmml">knowledge</mtext></msub><annotation-xml encoding="MathML-Content" id="m1.1b"><apply id="m1.1.1.cmml" xref="m1.1.1"><csymbol cd="ambiguous" id="m1.1.1.1.cmml" xref="m1.1.1">subscript</csymbol><ci id="m1.1.1.2.cmml" xref="m1.1.1.2">Δ</ci><ci id="m1.1.1.3a.cmml" xref="m1.1.1.3"><mtext id="m1.1.1.3.cmml" xref="m1.1.1.3">knowledge</mtext></ci></apply></annotation-xml><annotation encoding="application/x-tex" id="m1.1c">\\Delta_{\\text{knowledge}}</annotation><annotation encoding="application/x-llamapun" id="m1.1d">roman_Δ start_POSTSUBSCRIPT knowledge end_POSTSUBSCRIPT</annotation></semantics></math>';

describe('LaTeXML (arXiv HTML papers)', () => {
  it('reads a formula by its TeX, never its MathML annotations', () => {
    const h1 = element(`<h1 class="ltx_title ltx_title_document">Measuring ${LATEXML_DELTA} in Language Models</h1>`);
    expect(h1.textContent).toContain('start_POSTSUBSCRIPT');
    expect(paperText(h1)).toBe('Measuring $\\Delta_{\\text{knowledge}}$ in Language Models');
  });

  it('reads the TeX annotation when alttext is missing, and display math as display', () => {
    const noAlt = LATEXML_DELTA.replace(/ alttext="[^"]*"/, '');
    expect(paperText(element(`<h1>Measuring ${noAlt}</h1>`))).toBe('Measuring $\\Delta_{\\text{knowledge}}$');
    // The display formula of /work/shared's LaTeXML excerpt of 1706.03762v7 (equation tables).
    const block =
      '<math alttext="\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}(\\frac{QK^{T}}{\\sqrt{d_{k}}})V" class="ltx_Math" display="block"><semantics><mrow><mi>Attention</mi><mo>(</mo><mi>Q</mi></mrow><annotation encoding="application/x-tex">\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}(\\frac{QK^{T}}{\\sqrt{d_{k}}})V</annotation></semantics></math>';
    expect(paperText(element(`<p>so ${block} holds</p>`))).toBe(
      'so $$\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}(\\frac{QK^{T}}{\\sqrt{d_{k}}})V$$ holds',
    );
  });

  it('leaves out footnotes and parts words at line breaks', () => {
    // Footnote markup as LaTeXML writes it (/work/shared's excerpt of 1706.03762v7, footnote marks).
    const note =
      '<span class="ltx_note ltx_role_thanks"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer"><span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_note_type">thanks: </span>Work done at a lab.</span></span></span>';
    expect(
      paperText(element(`<h1 class="ltx_title ltx_title_document">Diffusion On Syntax Trees<br class="ltx_break">For Program Synthesis${note}</h1>`)),
    ).toBe('Diffusion On Syntax Trees For Program Synthesis');
  });

  it("gives the HTML paper page's detector a clean title", () => {
    const url = 'https://arxiv.org/html/2405.20519v2';
    const doc = load('pages/html_2405.20519v2.html', url);
    const h1 = doc.querySelector('.ltx_title_document')!;
    h1.replaceChildren(...element(`<h1>Measuring ${LATEXML_DELTA} in Language Models</h1>`).childNodes);
    expect(htmlPaper.findPapers(doc, new URL(url))[0]!.title).toBe('Measuring $\\Delta_{\\text{knowledge}}$ in Language Models');
  });
});

describe('a /new listing that MathJax 2 typeset', () => {
  const url = 'https://arxiv.org/list/cs.LG/new';
  const before = listingPage.findPapers(load('text/new_mathjax-raw.html', url), new URL(url));
  const after = listingPage.findPapers(load('text/new_mathjax2-html-css.html', url), new URL(url));

  it('gives each entry the title and abstract of its raw metadata', () => {
    expect(after[0]!.title).toBe('Learning $k$-sparse parities with $O(n^2)$ samples');
    expect(after[0]!.abstract!()).toBe('We prove that $\\alpha$-mixing costs \\$5 per sample, and that $\\sum_i a_i \\le 1$ holds for all $i$.');
    expect(after[1]!.title).toBe('To Believe or Not to Believe Your LLM');
  });

  it('reads the same text before MathJax ran as after', () => {
    expect(after.map((p) => [p.id, p.title, p.abstract!()])).toEqual(before.map((p) => [p.id, p.title, p.abstract!()]));
  });
});
