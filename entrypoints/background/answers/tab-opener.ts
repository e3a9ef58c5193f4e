import { browser } from 'wxt/browser';
import { createRateLimiter, type RateLimit } from '@/lib/rate-limit';

/**
 * How many tabs a page may have the background open (notes, the options page from the sources'
 * offer): plenty for a person clicking, few enough that a page gone wrong cannot flood the window.
 * The README states it.
 */
export const TAB_LIMIT: RateLimit = { count: 10, windowMs: 60_000 };

const limiter = createRateLimiter(TAB_LIMIT);

/** Opens a tab at `url`, or refuses with a message the page shows when the limit is reached. */
export async function openTab(url: string): Promise<void> {
  if (!limiter.take()) throw new Error(`arXiv Lens opens at most ${TAB_LIMIT.count} tabs a minute: wait a moment and try again.`);
  await browser.tabs.create({ url });
}
