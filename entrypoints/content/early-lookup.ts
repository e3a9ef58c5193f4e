import { parseArxivId } from '@/lib/arxiv/ids';
import { sendMessage } from '@/lib/messaging';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { detectPage, type PageDetector } from '@/lib/pages';

/** The paper a page names in its URL, known before the page is parsed. */
export function paperOfUrl(href: string): { detector: PageDetector; id: string } | null {
  const detector = detectPage(href);
  const paper = detector?.paperFromUrl ? parseArxivId(href) : null;
  return detector && paper ? { detector, id: paper.id } : null;
}

/**
 * Asks for a paper page's paper before the page is even parsed. A paper a pack knows only by
 * title is still found, by the pass's own lookup once the title is on the page.
 */
export function earlyLookup(href: string): Promise<LookupResponse> | undefined {
  const paper = paperOfUrl(href);
  return paper ? sendMessage('lookup', { ids: [paper.id], titles: {}, page: paper.detector.kind }).catch(() => ({})) : undefined;
}
