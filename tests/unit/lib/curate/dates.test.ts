import { describe, expect, it } from 'vitest';
import { isoDate, monthNumber, parseMonthDay, yearAfterArxivId } from '@/lib/curate/dates';

describe('dates', () => {
  it('reads month names and their abbreviations', () => {
    expect([monthNumber('June'), monthNumber('Jun'), monthNumber('Sept'), monthNumber('dec')]).toEqual([6, 6, 9, 12]);
    expect(monthNumber('Ma')).toBeUndefined();
    expect(monthNumber('Junk')).toBeUndefined();
  });

  it('refuses a day that does not exist', () => {
    expect(parseMonthDay('Jun', '32')).toBeUndefined();
    expect(isoDate({ year: 2024, month: 2, day: 30 })).toBeUndefined();
    expect(isoDate({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
    expect(isoDate({ month: 2, day: 29 })).toBeUndefined();
  });

  it('dates a yearless summary on or after the month of the paper it is about', () => {
    expect(yearAfterArxivId({ month: 6, day: 9 }, '2405.20519')).toEqual({ year: 2024, month: 6, day: 9 });
    expect(yearAfterArxivId({ month: 6, day: 9 }, '2406.02543')).toEqual({ year: 2024, month: 6, day: 9 });
    expect(yearAfterArxivId({ month: 1, day: 5 }, '2412.00001')).toEqual({ year: 2025, month: 1, day: 5 });
    expect(yearAfterArxivId({ month: 6, day: 9 }, 'hep-th/9901001')).toBeUndefined();
  });
});
