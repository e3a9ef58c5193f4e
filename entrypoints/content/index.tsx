import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import { createAnnotator } from './annotator';
import { applyEarlyAnswers, earlyAnswers } from './early-answers';
import { createPageState } from '@/lib/page-view/page-state';
import { watchSinglePageApp } from './spa-watcher';
// The marks on a list's own entries: a sheet the manifest declares, so no style is written on an entry.
import './entry-marks.css';
// The room the hosts take, kept before the page's first layout (wxt.config.ts lists it with the document_start script).
import './reserved-space.css';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  // Once the page is parsed: evaluated at document_start, this script held up arXiv's own parser.
  // Its question was asked at document_start by `entrypoints/early.ts`.
  runAt: 'document_end',
  async main(ctx) {
    const early = earlyAnswers(location.href);
    const state = createPageState(DEFAULT_PREFERENCES);
    const annotator = createAnnotator(ctx, state);
    if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
    await applyEarlyAnswers(early, state);
    void annotator.run(early.lookup);
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
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
