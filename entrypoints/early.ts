import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askPageOpened, leavePageOpened } from './content/page-opened';

/**
 * The first script run as an arXiv page starts, and all it does is ask, so the answer is on its way
 * back while the UI (`content/`) loads after it (`wxt.config.ts`). An unlisted script, not a
 * content-script entrypoint, because WXT's content-script wrapper (its context and the browser
 * polyfill) costs more than the question: `wxt.config.ts` lists it in the manifest.
 */
export default defineUnlistedScript(() => leavePageOpened(askPageOpened(location.href)));
