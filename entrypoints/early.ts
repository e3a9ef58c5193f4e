import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askPageOpened, leavePageOpened } from './content/page-opened';

/**
 * The only script that runs while an arXiv page is parsed, and all it does is ask: the parser
 * waits for every `document_start` script, so the UI (`content/`) loads once the page is parsed,
 * when the answer is on its way back. An unlisted script, not a content-script entrypoint, because
 * WXT's content-script wrapper (its context and the browser polyfill) costs more than the question:
 * `wxt.config.ts` lists it in the manifest.
 */
export default defineUnlistedScript(() => leavePageOpened(askPageOpened(location.href)));
