import { PAGE_DETECTORS } from './index';
import { listingPage } from './listing';

/** Where the content script runs: every host a page kind lives on. The detectors decide what it does there. */
export const CONTENT_MATCHES: readonly string[] = [...new Set(PAGE_DETECTORS.flatMap((detector) => detector.hosts))].map(
  (host) => `https://${host}/*`,
);

/**
 * Where the content script runs from the start of the page (`document_start`), not once it is
 * parsed: arXiv's lists (`/list…`, an author's `/a/…`), whose first screen is annotated while the
 * rest of a long list is still parsed. Elsewhere its evaluation would only hold up the page's parser.
 */
export const EARLY_LIST_MATCHES: readonly string[] = listingPage.hosts.flatMap((host) => [`https://${host}/list*`, `https://${host}/a/*`]);
