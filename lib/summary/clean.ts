/**
 * Abstract text as a reader sees it: TeX, HTML tags and entities turned into plain characters.
 * The result is text to be set as a text node, never markup: an entity for "<" becomes "<".
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
  le: '≤',
  ge: '≥',
  plusmn: '±',
  deg: '°',
  micro: 'µ',
};

/** TeX commands that stand for one character; any other bare command keeps its name ("\log" → "log"). */
const TEX_SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '~',
  infty: '∞',
  ell: 'ℓ',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  in: '∈',
  sum: 'Σ',
  prod: 'Π',
  partial: '∂',
  nabla: '∇',
  sqrt: '√',
  ldots: '…',
  cdots: '…',
  dots: '…',
};

/** Commands whose argument is the text to keep: "\emph{x}" → "x", "\mathcal{O}" → "O". */
const TEX_WRAPPERS =
  /\\(?:emph|textit|textbf|texttt|textrm|textsc|textsf|text|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|mathtt|mathfrak|boldsymbol|bm|operatorname|url|underline|overline|hat|tilde|bar|vec|widetilde|widehat)\s*\{([^{}]*)\}/g;
/** Commands dropped with their argument: references mean nothing outside the paper. */
const TEX_DROPPED = /\\(?:cite[tp]?|citep|citet|ref|eqref|label|footnote)\s*\{[^{}]*\}/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Lone surrogates and NUL would make the text unprintable; past U+10FFFF there is no character.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function cleanTex(text: string): string {
  // TeX's tie ("Fig.~3", "over~\\cite") is a space; "~10x" in plain text means "about" and stays.
  let out = text
    .replace(/(?<=[\p{L}.,])~(?=[\\\p{L}\p{N}])/gu, ' ')
    .replace(TEX_DROPPED, '')
    .replace(/\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}/g, '$1');
  // Wrappers nest ("\mathbf{\hat{x}}"): unwrap from the inside out, a bounded number of times.
  for (let i = 0; i < 4 && TEX_WRAPPERS.test(out); i++) out = out.replace(TEX_WRAPPERS, '$1');
  out = out
    .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
    .replace(/\$\$|\\\[|\\\]|\\\(|\\\)/g, '')
    .replace(/(?<!\\)\$/g, '')
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b\s*/g, '')
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => TEX_SYMBOLS[name] ?? name)
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/``|''/g, '"')
    .replace(/---/g, '—')
    .replace(/--/g, '–');
  return out;
}

/** One line of plain text from an abstract or a sentence of one. */
export function cleanText(text: string): string {
  const withoutTags = text.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  return cleanTex(decodeEntities(withoutTags))
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .trim();
}
