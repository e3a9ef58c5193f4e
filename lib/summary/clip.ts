/** The longest key sentence shown, in characters, its ellipsis included. */
export const KEY_SENTENCE_CHARS = 280;

/** A cut this early would drop most of the sentence: below it, cut at a word instead. */
const SHORTEST_CLAUSE = 100;

/**
 * `text` at most `max` characters long. A longer text is cut after its last clause that fits
 * (at a comma, semicolon, colon or dash), or else after its last whole word, and ends with "…".
 */
export function clipAtClause(text: string, max = KEY_SENTENCE_CHARS): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max).join('');
  let cut = -1;
  for (const m of room.matchAll(/[,;:](?=\s)|\s[–—-]\s/g)) {
    if (m.index + 1 < max) cut = m.index;
  }
  if (cut < SHORTEST_CLAUSE) cut = room.slice(0, max - 1).search(/\s\S*$/);
  const kept = cut > 0 ? room.slice(0, cut) : chars.slice(0, max - 1).join('');
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}
