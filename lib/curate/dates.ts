import type { SourceDate } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-12 for an English month name or an abbreviation of it ("Jun", "Sept"), undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** A date the sources print as "Oct 1, 2024", "June 9th" or "Jul 25". */
export function parseMonthDay(month: string, day: string, year?: string): SourceDate | undefined {
  const m = monthNumber(month);
  const d = Number(day);
  if (m === undefined || !Number.isInteger(d) || d < 1 || d > 31) return undefined;
  return year === undefined ? { month: m, day: d } : { year: Number(year), month: m, day: d };
}

/** `YYYY-MM-DD`, or undefined when the year is unknown or the day does not exist. */
export function isoDate(date: SourceDate): string | undefined {
  if (date.year === undefined) return undefined;
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (utc.getUTCMonth() !== date.month - 1) return undefined;
  return utc.toISOString().slice(0, 10);
}

/**
 * Gives a yearless date the year it must have if it was written about the paper `id`: a summary
 * comes after the paper, so it is the first such day on or after the month of a new-style id.
 */
export function yearAfterArxivId(date: SourceDate, id: string): SourceDate | undefined {
  const m = /^(\d{2})(\d{2})\./.exec(id);
  if (!m) return undefined;
  const idYear = 2000 + Number(m[1]);
  return { ...date, year: date.month >= Number(m[2]) ? idYear : idYear + 1 };
}
