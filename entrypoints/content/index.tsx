import { options } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import { createAnnotator } from './annotator';
import { applyEarlyAnswers, earlyAnswers } from './early-answers';
import { documentParsed } from '@/lib/page-view/first-screen';
import { createPageState } from '@/lib/page-view/page-state';
import { watchSinglePageApp } from './spa-watcher';
// The marks on a list's own entries: a sheet the manifest declares, so no style is written on an entry.
import './entry-marks.css';
// The room the hosts take, kept before the page's first layout (wxt.config.ts lists it with the document_start script).
import './reserved-space.css';

/**
 * The UI's effects run in a task of their own after each render, not in the browser's next
 * animation frame (Preact's default): a frame's task lays out what the page's parser added, and
 * with one of our callbacks in it the whole frame was the extension's to account for.
 */
options.requestAnimationFrame = (flush) => void setTimeout(flush);

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  // The manifest lists it at document_start after `entrypoints/early.ts` (whose question this script
  // takes the answer of): itself on arXiv's lists, elsewhere a one-line loader that imports it as a
  // module (wxt.config.ts). So this runs while the page is parsed: a list's first screen is shown
  // then, and everything else waits for the parsed page.
  async main(ctx) {
    const early = earlyAnswers(location.href);
    const state = createPageState(DEFAULT_PREFERENCES);
    const annotator = createAnnotator(ctx, state);
    const preferencesKnown = applyEarlyAnswers(early, state);
    if (document.readyState === 'loading') {
      void annotator.firstScreen(preferencesKnown);
      await documentParsed(document);
    }
    await preferencesKnown;
    void annotator.run(early.lookup);
    watchSinglePageApp(ctx, () => void annotator.run());
    const applyPreferences = (next: Preferences) => {
      const kindsChanged = next.enabledKinds.join() !== state.preferences().enabledKinds.join();
      state.setPreferences(next);
      if (kindsChanged) void annotator.run();
    };
    const stops = [
      onMessage('papersChanged', ({ data }) => void annotator.changed(data ?? { ranking: false })),
      onMessage('preferencesChanged', ({ data }) => applyPreferences(data)),
    ];
    ctx.onInvalidated(() => stops.forEach((stop) => stop()));
  },
});
