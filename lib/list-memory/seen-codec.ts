/**
 * How seen ids are held, in memory and in the database. A new-style id (`2601.00001`) becomes one
 * integer, `YYMM * 100000 + number`: integers sort and search in a typed array (`SeenIndex`), and a
 * day's ids, sorted, differ by little, so their gaps pack into a character or two each. Old-style
 * ids (`hep-th/9901001`), rare on today's listings, stay strings.
 */
export type SeenKey = number | string;

const NEW_STYLE = /^(\d{4})\.(\d{4,5})$/;

/**
 * The key of a canonical id (`isCanonicalArxivId`); other text gets a key no canonical id has. The
 * number's width is checked (four digits up to 1412, five from 1501) so `0704.00001` cannot pass for
 * `0704.0001`: lookups take a page's ids without parsing each in full.
 */
export function seenKey(id: string): SeenKey {
  const m = NEW_STYLE.exec(id);
  if (!m || m[2]!.length !== (Number(id.slice(0, 2)) < 15 ? 4 : 5)) return id;
  return Number(m[1]) * 100_000 + Number(m[2]);
}

/** Packs keys into one string: the numbers sorted, as base-36 gaps between commas; then `|` and the strings, space-separated. */
export function packKeys(keys: readonly SeenKey[]): string {
  const numbers = keys.filter((key): key is number => typeof key === 'number').sort((a, b) => a - b);
  const strings = keys.filter((key): key is string => typeof key === 'string');
  const gaps = numbers.map((n, i) => (n - (i ? numbers[i - 1]! : 0)).toString(36)).join(',');
  return strings.length ? `${gaps}|${strings.join(' ')}` : gaps;
}

const COMMA = 44;
const NINE = 57;

/** Calls back with every key `packKeys` packed, in order. Reads characters rather than splitting: a year of ids is half a million of them. */
export function unpackKeys(packed: string, each: (key: SeenKey) => void): void {
  const bar = packed.indexOf('|');
  const gaps = bar < 0 ? packed : packed.slice(0, bar);
  let value = 0;
  let gap = 0;
  for (let i = 0; i < gaps.length; i++) {
    const c = gaps.charCodeAt(i);
    if (c === COMMA) {
      value += gap;
      each(value);
      gap = 0;
    } else gap = gap * 36 + (c <= NINE ? c - 48 : c - 87);
  }
  if (gaps.length) each(value + gap);
  if (bar >= 0) for (const id of packed.slice(bar + 1).split(' ')) each(id);
}

/** The canonical id a key stands for (`seenKey` read backwards). */
export function idOfSeenKey(key: SeenKey): string {
  if (typeof key === 'string') return key;
  const yymm = Math.floor(key / 100_000);
  const yy = Math.floor(yymm / 100);
  return `${String(yymm).padStart(4, '0')}.${String(key % 100_000).padStart(yy < 15 ? 4 : 5, '0')}`;
}
