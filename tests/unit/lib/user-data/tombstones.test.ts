import { describe, expect, it } from 'vitest';
import { returnDate, tombstoneFor } from '@/lib/user-data/tombstones';

const NOW = Date.UTC(2024, 5, 1, 12);
const AHEAD = NOW + 60_000;

describe('the tombstone rules', () => {
  it('date a removal after the entry it removes, even one dated ahead of this clock', () => {
    expect(tombstoneFor({ id: '2405.20519', addedAt: 1, updatedAt: 2, state: 'to-read' }, NOW)).toEqual({ id: '2405.20519', deletedAt: NOW });
    expect(tombstoneFor({ id: '2405.20519', addedAt: 1, updatedAt: AHEAD, state: 'to-read' }, NOW).deletedAt).toBe(AHEAD + 1000);
  });

  it('date a paper brought back after its removal and after the entry it puts back', () => {
    expect(returnDate(NOW, undefined)).toBe(NOW);
    expect(returnDate(NOW, { id: '2405.20519', deletedAt: 5 })).toBe(NOW);
    expect(returnDate(NOW, { id: '2405.20519', deletedAt: AHEAD })).toBe(AHEAD + 1000);
    expect(returnDate(NOW, { id: '2405.20519', deletedAt: 5 }, AHEAD)).toBe(AHEAD + 1000);
  });
});
