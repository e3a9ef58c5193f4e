import { PAGE_DETECTORS } from './index';

/** Where the content script runs: every host a page kind lives on. The detectors decide what it does there. */
export const CONTENT_MATCHES: readonly string[] = [...new Set(PAGE_DETECTORS.flatMap((detector) => detector.hosts))].map(
  (host) => `https://${host}/*`,
);
