import { ARXIV_HOSTS } from '../page-reading/dom';
import { hfList } from './hf';
import { PAGE_DETECTORS } from './index';

/** Where the content script runs: every host a page kind lives on. The detectors decide what it does there. */
export const CONTENT_MATCHES: readonly string[] = [...new Set(PAGE_DETECTORS.flatMap((detector) => detector.hosts))].map(
  (host) => `https://${host}/*`,
);

/** Hugging Face's pages, where its own sheet of reserved room is declared (wxt.config.ts). */
export const HUGGING_FACE_MATCHES: readonly string[] = hfList.hosts.map((host) => `https://${host}/*`);

/**
 * arXiv's lists (listings, author pages, catch-up), where the UI's script is listed in the manifest
 * itself, not imported as a module (wxt.config.ts): their first screen is shown while the page is parsed.
 */
export const PARSED_LIST_MATCHES: readonly string[] = ARXIV_HOSTS.flatMap((host) =>
  ['/list*', '/a/*', '/catchup*'].map((path) => `https://${host}${path}`),
);
