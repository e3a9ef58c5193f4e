/** The page kinds: one detector per kind, each registered in `PAGE_DETECTORS`, their contract and their matches. */
import { parseArxivId } from '../arxiv/ids';
import { absPage } from './abs';
import { catchupPage } from './catchup';
import { hfList, hfPaper } from './hf';
import { htmlPaper } from './html';
import { listingPage } from './listing';
import { searchPage } from './search';
import type { PageDetector } from './types';

export type { BarPlace, HostRole, ListSection, PageDetector, PageKind, PagePaper, Placement } from './types';

/** Every page kind the extension annotates; adding one means adding its file and one line here. */
export const PAGE_DETECTORS: readonly PageDetector[] = [absPage, htmlPaper, listingPage, catchupPage, searchPage, hfList, hfPaper];

/** Whether a URL is a page of this kind: on one of its hosts, and one of its pages there. */
export function isPageOf(detector: PageDetector, url: URL): boolean {
  return detector.hosts.includes(url.hostname) && detector.matches(url);
}

/** The detector for a URL, or undefined on pages the extension leaves alone. */
export function detectPage(href: string): PageDetector | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return PAGE_DETECTORS.find((detector) => isPageOf(detector, url));
}

/**
 * The paper a page names in its URL (the detector says its URL does), known before the page is
 * parsed; null on lists and on pages the extension leaves alone.
 */
export function paperOfUrl(href: string): { detector: PageDetector; id: string } | null {
  const detector = detectPage(href);
  const paper = detector?.paperFromUrl ? parseArxivId(href) : null;
  return detector && paper ? { detector, id: paper.id } : null;
}

/** Whether pages on this host change without a load, wherever on the host the user starts. */
export function isSinglePageAppHost(hostname: string): boolean {
  return PAGE_DETECTORS.some((detector) => detector.spa && detector.hosts.includes(hostname));
}
