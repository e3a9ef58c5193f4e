import { parseHfDailyPage } from '../source-apis/hf-papers-api';
import { FRESHNESS } from '../source-runtime/freshness';
import { SOURCE_DEFAULT_ON } from './keys';
import { fetchHfJson } from '../source-apis/hf-request';
import { isPaused, storeAnswer } from '../source-runtime/source-store';
import { SourceError } from '../source-apis/source-error';
import type { PaperSource, SourceContext } from './types';

const API = 'https://huggingface.co/api/daily_papers';
/** The API's largest page. */
const PAGE_SIZE = 100;
/** A day never lists this many pages; a feed that says so is wrong. */
const MAX_PAGES = 10;
/** Days fetched on install: the papers people read this fortnight. */
export const DAYS_BACK = 14;
/** Hugging Face's day lists follow New York's calendar. */
export function hfDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** The last `DAYS_BACK` days, today first. */
export function recentDays(now: number): string[] {
  const today = hfDay(now);
  const days: string[] = [];
  for (let back = 0; days.length < DAYS_BACK; back++) {
    const day = new Date(`${today}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() - back);
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

async function fetchDay(ctx: SourceContext, day: string) {
  const papers = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const { status, text } = await fetchHfJson(ctx, `${API}?date=${day}&limit=${PAGE_SIZE}${page > 0 ? `&p=${page}` : ''}`);
    if (status !== 200) throw new SourceError(`Hugging Face answered ${status} for the papers of ${day}`, { status });
    const answer = parseHfDailyPage(text);
    papers.push(...answer.papers);
    if (answer.items < PAGE_SIZE) break;
  }
  return papers;
}

/**
 * Hugging Face Daily Papers: the public list of papers of each day, with AI summaries and
 * keywords. Asking for a day's list says nothing about the user, so it is on by default.
 */
export const hfDailySource: PaperSource = {
  id: 'hf-daily',
  label: 'Hugging Face Daily Papers',
  defaultOn: SOURCE_DEFAULT_ON['hf-daily'],
  sends: "Asks huggingface.co for each day's public list of papers. It sends nothing about you or the papers you view.",
  origins: ['https://huggingface.co/*'],
  async sync(ctx, trigger) {
    // Lists are fetched on schedule, and when the user opens a Hugging Face list page.
    if (trigger.kind === 'saved' || (trigger.kind === 'page' && trigger.page !== 'hf-list')) return;
    const now = ctx.now();
    if (await isPaused(ctx, 'hf-daily')) return;
    const days = recentDays(now);
    const fetched = await ctx.db.sourceFetches.bulkGet(days.map((day) => ['hf-daily', day] as [string, string]));
    const stale = days.filter((day, i) => {
      const at = fetched[i]?.fetchedAt;
      if (at === undefined) return true;
      // A list fetched while its day was still going on may have grown since; after the day, it is final.
      if (hfDay(at) > day) return false;
      return day < hfDay(now) || now - at >= FRESHNESS.todayList;
    });
    for (const day of stale) {
      const papers = await fetchDay(ctx, day);
      await storeAnswer(ctx.db, 'hf-daily', papers, [{ key: day, found: true }], ctx.now());
    }
  },
};
