const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long an answer stands before it is asked again. */
export const FRESHNESS = {
  /** A past day's list of Hugging Face Daily Papers is final; today's grows through the day. */
  todayList: 1 * HOUR,
  /** One paper's answer (Hugging Face, arXiv): a week, so that new versions are seen. */
  paper: 7 * DAY,
  /** A Semantic Scholar TLDR hardly changes. */
  tldr: 30 * DAY,
  /** "Not found" may stop being true soon (a paper reaches Hugging Face or Semantic Scholar late). */
  notFound: 3 * DAY,
} as const;
