import { describe, expect, it } from 'vitest';
import { clipAtClause, KEY_SENTENCE_CHARS } from '@/lib/summary/clip';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('clipAtClause', () => {
  it('leaves a text of 280 characters or fewer as it is', () => {
    const text = 'x'.repeat(KEY_SENTENCE_CHARS);
    expect(clipAtClause(text)).toBe(text);
  });

  it('cuts a longer text after its last clause that fits, with an ellipsis', () => {
    const first = `We propose ${words(20)}`;
    const second = `; ${words(10)}, then ${words(40)}.`;
    const clipped = clipAtClause(first + second);
    expect(Array.from(clipped).length).toBeLessThanOrEqual(KEY_SENTENCE_CHARS);
    expect(clipped).toBe(`${first}; ${words(10)}…`);
  });

  it('cuts at a spaced dash too', () => {
    const head = `We propose ${words(25)}`;
    expect(clipAtClause(`${head} — ${words(40)}`)).toBe(`${head}…`);
  });

  it('cuts after a whole word when no clause ends late enough', () => {
    const clipped = clipAtClause(`Short, ${words(60)}`);
    expect(Array.from(clipped).length).toBeLessThanOrEqual(KEY_SENTENCE_CHARS);
    expect(clipped).toMatch(/ word\d+…$/);
    expect(`Short, ${words(60)}`.startsWith(clipped.slice(0, -1))).toBe(true);
  });

  it('cuts a text without spaces at the limit without splitting a character', () => {
    const clipped = clipAtClause('😀'.repeat(400));
    expect(Array.from(clipped)).toHaveLength(KEY_SENTENCE_CHARS);
    expect(clipped.endsWith('😀…')).toBe(true);
  });
});
