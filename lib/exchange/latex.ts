/**
 * Plain text in and out of BibTeX field values. Braces are written as `\textbraceleft{}` rather
 * than `\{` because BibTeX counts every brace, escaped or not: a lone `\{` would unbalance the file.
 */
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function escapeLatex(text: string): string {
  return text.replace(/[\\{}%&#_$^~]/g, (c) => ESCAPES[c]!);
}

/** Control words that stand for one character. */
const SYMBOLS = new Map(
  Object.entries({
    textbackslash: '\\',
    textbraceleft: '{',
    textbraceright: '}',
    textasciicircum: '^',
    textasciitilde: '~',
    textunderscore: '_',
    textendash: '\u2013',
    textemdash: '\u2014',
    ldots: '\u2026',
    ss: '\u00df',
    o: '\u00f8',
    O: '\u00d8',
    ae: '\u00e6',
    AE: '\u00c6',
    oe: '\u0153',
    OE: '\u0152',
    aa: '\u00e5',
    AA: '\u00c5',
    l: '\u0142',
    L: '\u0141',
    i: '\u0131',
    j: '\u0237',
  }),
);

/** Accents, as combining marks: `\"u`, `\'{e}`, `{\c c}`. */
const ACCENTS = new Map(
  Object.entries({
    "'": '\u0301',
    '`': '\u0300',
    '^': '\u0302',
    '"': '\u0308',
    '~': '\u0303',
    '=': '\u0304',
    '.': '\u0307',
    u: '\u0306',
    v: '\u030c',
    H: '\u030b',
    c: '\u0327',
    k: '\u0328',
    r: '\u030a',
    d: '\u0323',
    b: '\u0331',
  }),
);

/** Formatting commands whose argument is the text: the command goes, the argument stays. */
const WRAPPERS = new Set([
  'emph',
  'textit',
  'textbf',
  'textsc',
  'textrm',
  'textsf',
  'texttt',
  'textup',
  'textsl',
  'text',
  'mbox',
  'url',
  'mathrm',
  'mathit',
  'mathbf',
]);

/**
 * The text a reader sees in a BibTeX value: escapes and accents decoded, grouping braces dropped,
 * math and unknown commands (`\LaTeX`) kept as written. Spacing is folded unless `keepLines` (for notes).
 */
export function decodeLatex(raw: string, { keepLines = false } = {}): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '{' || c === '}') {
      i++;
    } else if (c === '~') {
      out += ' ';
      i++;
    } else if (c === '$' && raw.indexOf('$', i + 1) > i) {
      // Math stays as written, the way arXiv shows it in titles: $\mathbb{R}^n$.
      const end = raw.indexOf('$', i + 1) + 1;
      out += raw.slice(i, end);
      i = end;
    } else if (c !== '\\') {
      out += c;
      i++;
    } else {
      const word = /^[a-zA-Z]+/.exec(raw.slice(i + 1))?.[0];
      const next = raw[i + 1] ?? '';
      if (word) {
        i += 1 + word.length;
        const symbol = SYMBOLS.get(word);
        const accent = ACCENTS.get(word);
        if (symbol !== undefined) {
          out += symbol;
          i = skipTerminator(raw, i);
        } else if (accent !== undefined) {
          const [base, end] = accentArgument(raw, i, true);
          out += accented(base, accent);
          i = end;
        } else if (!WRAPPERS.has(word)) {
          out += `\\${word}`;
        }
      } else if (ACCENTS.has(next) && !((next === '^' || next === '~') && raw.startsWith('{}', i + 2))) {
        const [base, end] = accentArgument(raw, i + 2, false);
        out += accented(base, ACCENTS.get(next)!);
        i = end;
      } else if (next === '\\') {
        out += keepLines ? '\n' : ' ';
        i += 2;
      } else {
        // `\%`, `\&`, `\{`, `\ ` and the like stand for the character itself.
        out += next;
        i += 2;
      }
    }
  }
  return keepLines ? out.trim() : out.replace(/\s+/g, ' ').trim();
}

/** After a control word: `{}` or the spaces that end it belong to the command. */
function skipTerminator(raw: string, i: number): number {
  if (raw.startsWith('{}', i)) return i + 2;
  while (i < raw.length && /\s/.test(raw[i]!)) i++;
  return i;
}

/** The letter an accent applies to: a braced group or the next character. */
function accentArgument(raw: string, i: number, afterWord: boolean): [string, number] {
  if (afterWord) while (i < raw.length && /\s/.test(raw[i]!)) i++;
  if (raw[i] === '{') {
    const close = matchingBrace(raw, i);
    return [decodeLatex(raw.slice(i + 1, close)), close + 1];
  }
  if (raw[i] === '\\') {
    const word = /^\\[a-zA-Z]+/.exec(raw.slice(i))?.[0] ?? raw.slice(i, i + 2);
    return [decodeLatex(word), i + word.length];
  }
  return [raw[i] ?? '', i + 1];
}

function accented(base: string, mark: string): string {
  // A dotless i or j takes the accent in place of its dot: \'{\i} is í.
  const letter = base.replace(/^\u0131/, 'i').replace(/^\u0237/, 'j');
  return letter ? `${letter.slice(0, 1)}${mark}${letter.slice(1)}`.normalize('NFC') : '';
}

function matchingBrace(raw: string, open: number): number {
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}' && --depth === 0) return i;
  }
  return raw.length;
}

/**
 * Splits a raw value where `separator` matches outside braces: authors on " and ", keywords on
 * commas. Braces protect a separator inside a name or a tag.
 */
export function splitTopLevel(raw: string, separator: RegExp): string[] {
  const sticky = new RegExp(separator.source, `${separator.flags.replace(/[gy]/g, '')}y`);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(raw);
      if (m && m[0].length > 0) {
        parts.push(raw.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(raw.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}
