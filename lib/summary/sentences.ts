/**
 * An abstract split into sentences. A period ends a sentence only when whitespace follows it and it
 * is not the end of an abbreviation ("e.g.", "et al.", "Fig.") or inside TeX math or a URL; a
 * decimal like "3.5" has no whitespace after its point, so it never splits.
 */

/** Tokens (lower-cased) that end in a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  ...['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'],
  'al.',
  'approx.',
  'appx.',
  'alg.',
  'ca.',
  'cf.',
  'ch.',
  'def.',
  'dr.',
  'eg.',
  'eq.',
  'eqn.',
  'eqs.',
  'fig.',
  'figs.',
  'ie.',
  'inc.',
  'jr.',
  'lem.',
  'ltd.',
  'mr.',
  'ms.',
  'no.',
  'nos.',
  'pp.',
  'prof.',
  'prop.',
  'ref.',
  'refs.',
  'resp.',
  'sec.',
  'sect.',
  'st.',
  'tab.',
  'thm.',
  'viz.',
  'vol.',
  'vs.',
]);

/** Spans whose periods are not punctuation: TeX math, and URLs without their trailing punctuation. */
const PROTECTED =
  /\$\$[\s\S]{0,2000}?\$\$|\$[^$]{1,1000}\$|\\\([\s\S]{0,1000}?\\\)|\\\[[\s\S]{0,2000}?\\\]|(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?)\]'"]/g;

/** A sentence end: terminal punctuation, any closing quotes or brackets, then whitespace or the end. */
const END = /([.!?]+)["'”’)\]]*(?=\s)|[。！？]+/g;

function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(PROTECTED)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

function isAbbreviation(text: string, periodAt: number): boolean {
  let start = periodAt;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const token = text
    .slice(start, periodAt + 1)
    .replace(/^[("'“‘[]+/, '')
    .toLowerCase();
  if (ABBREVIATIONS.has(token)) return true;
  // Dotted initialisms ("i.e.", "e.g.", "w.r.t.", "U.S."). A single capital is not taken for an
  // initial: abstracts end sentences on a model "X." far more often than they name "J. Smith".
  return /^(?:[a-z]\.){2,}$/.test(token);
}

function endsSentence(text: string, match: RegExpExecArray, mask: Uint8Array): boolean {
  const at = match.index;
  if (mask[at]) return false;
  if (match[0].startsWith('。') || match[0].startsWith('！') || match[0].startsWith('？')) return true;
  const after = text.slice(at + match[0].length).trimStart();
  if (after === '') return true;
  // A lower-case word after a period is far likelier an unknown abbreviation than a new sentence.
  if (/^[a-z]/.test(after)) return false;
  return !(match[1] === '.' && isAbbreviation(text, at));
}

/** The sentences of `text`, trimmed, in order; none for blank text. */
export function splitSentences(text: string): string[] {
  const mask = protectedMask(text);
  const sentences: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  };
  const breaks: number[] = [];
  for (const m of text.matchAll(END)) {
    if (endsSentence(text, m as RegExpExecArray, mask)) breaks.push(m.index + m[0].length);
  }
  // A blank line ends a paragraph, and with it a sentence, punctuated or not.
  for (const p of text.matchAll(/\n\s*\n/g)) breaks.push(p.index);
  for (const end of [...new Set(breaks)].sort((a, b) => a - b)) push(end);
  push(text.length);
  return sentences;
}
