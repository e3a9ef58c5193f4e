/**
 * Repairs UTF-8 text that was once decoded with a Baltic code page (`’` shown as `ā€™`): each
 * character is turned back into the byte the code page gave it, and the bytes are read as UTF-8.
 *
 * The code page is the one the seed itself gives away. Bytes 0xA0-0xFF came out as the Baltic
 * letters Windows-1257 shares with ISO-8859-13, but 0xA5 as `„`, which only ISO-8859-13 has there
 * (`♥` = E2 99 A5 reads `ā™„`). Bytes 0x80-0x9F came out as Windows-1252 punctuation: 0x9E as `ž`
 * where Windows-1257 has `˛` (in the `🗞` of `šŸ—ž`), and the bytes Windows-1252 leaves empty were
 * dropped (the `”` of `ā€œ…ā€` lost its 0x9D). A plain Windows-1257 table would turn the hearts into `♄`.
 */

/** The character the capture shows for each byte 0x80-0xFF; empty where it dropped the byte. */
const CODE_PAGE: readonly string[] = Array.from(
  // 0x80-0x9F as Windows-1252, written out: Node 20's TextDecoder gets this range of it wrong.
  '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000' +
    '\u0000‘’“”•–—˜™š›œ\u0000žŸ' +
    // 0xA0-0xFF as ISO-8859-13, the Baltic letters Windows-1257 shares.
    '\u00a0”¢£¤„¦§Ø©Ŗ«¬\u00ad®Æ' +
    '°±²³“µ¶·ø¹ŗ»¼½¾æ' +
    'ĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻ' +
    'ŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽß' +
    'ąįāćäåęēčéźėģķīļ' +
    'šńņóōõö÷ųłśūüżž’',
).map((char) => (char === '\u0000' ? '' : char));

/** Every byte a character may stand for: the code page gives „ “ ” ’ š ž Š Ž twice. */
const BYTES_OF = new Map<string, number[]>();
CODE_PAGE.forEach((char, i) => {
  if (char) BYTES_OF.set(char, [...(BYTES_OF.get(char) ?? []), 0x80 + i]);
});

const DROPPED_BYTES = CODE_PAGE.flatMap((char, i) => (char ? [] : [0x80 + i]));

/**
 * When the capture gave two bytes the same character, or dropped one, the text cannot tell which
 * byte it was: the reading that yields ordinary newsletter typography wins (`–` over `‴`, `♥` over `♄`,
 * `”` over `‐`, the emoji presentation selector over other variation selectors).
 */
const LIKELY = new Set([...'‘’‚“”„–—…•·′″‹›«»×÷±°♥❤★☆✓✔✗→←↑↓', '\uFE0F']);

/**
 * The capture also turned `×` into `Ɨ`, which no byte reading explains (C3 97 would read `Ć—`);
 * the seeds README names the pair, so it is undone by name.
 */
const UNREADABLE = new Map([['Ɨ', '×']]);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

interface Reading {
  text: string;
  /** Characters of the damaged text this reading replaces. */
  consumed: number;
  usesDroppedByte: boolean;
}

function decode(bytes: number[]): string | undefined {
  try {
    const text = UTF8.decode(Uint8Array.from(bytes));
    // A control character is never what a newsletter meant.
    return /\p{Cc}/u.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The UTF-8 characters the damaged text may stand for from `start` on, at most one dropped byte assumed. */
function readingsAt(chars: readonly string[], start: number): Reading[] {
  const readings: Reading[] = [];
  const extend = (bytes: number[], at: number, missing: number, usesDroppedByte: boolean): void => {
    if (missing === 0) {
      const text = decode(bytes);
      if (text !== undefined) readings.push({ text, consumed: at - start, usesDroppedByte });
      return;
    }
    const char = chars[at];
    for (const byte of (char === undefined ? undefined : BYTES_OF.get(char)) ?? []) {
      if (byte <= 0xbf) extend([...bytes, byte], at + 1, missing - 1, usesDroppedByte);
    }
    if (!usesDroppedByte) {
      for (const byte of DROPPED_BYTES) extend([...bytes, byte], at, missing - 1, true);
    }
  };
  for (const lead of BYTES_OF.get(chars[start]!) ?? []) {
    const length = sequenceLength(lead);
    if (length > 0) extend([lead], start + 1, length - 1, false);
  }
  return readings;
}

function choose(readings: Reading[]): Reading | undefined {
  const intact = readings.filter((r) => !r.usesDroppedByte);
  const pool = intact.length > 0 ? intact : readings;
  if (pool.length === 1) return pool[0];
  const likely = pool.filter((r) => LIKELY.has(r.text));
  return likely.length === 1 ? likely[0] : undefined;
}

export function repairMojibake(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length;) {
    const char = chars[i]!;
    const reading = choose(readingsAt(chars, i));
    if (reading) {
      out += reading.text;
      i += reading.consumed;
    } else {
      out += UNREADABLE.get(char) ?? char;
      i += 1;
    }
  }
  return out;
}

/**
 * What still reads as mojibake: characters that spell out a whole UTF-8 sequence, or all but a
 * dropped byte of a common character, and the characters the capture is known to have substituted.
 */
export function findMojibake(text: string): string[] {
  const chars = Array.from(text);
  const found: string[] = [];
  chars.forEach((char, i) => {
    if (UNREADABLE.has(char)) {
      found.push(char);
      return;
    }
    const telling = readingsAt(chars, i).filter((r) => !r.usesDroppedByte || LIKELY.has(r.text));
    if (telling.length > 0) found.push(chars.slice(i, i + Math.max(...telling.map((r) => r.consumed))).join(''));
  });
  return found;
}
