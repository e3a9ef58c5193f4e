import { hfList } from './hf';
import { PAGE_DETECTORS } from './index';

/** Where the content script runs: every host a page kind lives on. The detectors decide what it does there. */
export const CONTENT_MATCHES: readonly string[] = [...new Set(PAGE_DETECTORS.flatMap((detector) => detector.hosts))].map(
  (host) => `https://${host}/*`,
);

/** Hugging Face's pages, where its own sheet of reserved room is declared (wxt.config.ts). */
export const HUGGING_FACE_MATCHES: readonly string[] = hfList.hosts.map((host) => `https://${host}/*`);
