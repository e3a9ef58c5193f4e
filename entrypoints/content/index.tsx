import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import { createAnnotator } from './annotator';
import { earlyLookup } from './early-lookup';
import { createPageState } from './page-state';
import { watchSinglePageApp } from './spa-watcher';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  // Loaded while the page is still being parsed, so that by DOMContentLoaded the script is ready and
  // its questions to the background (settings, and the paper of a paper page) are already answered.
  runAt: 'document_start',
  async main(ctx) {
    const prefsAsked = sendMessage('getPreferences', undefined).catch(() => DEFAULT_PREFERENCES);
    const early = earlyLookup(location.href);
    const state = createPageState(DEFAULT_PREFERENCES);
    const annotator = createAnnotator(ctx, state);
    annotator.prepare(early);
    if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
    state.setPreferences(await prefsAsked);
    void annotator.run(early);
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
    watchSinglePageApp(ctx, () => void annotator.run());
    const applyPreferences = (next: Preferences) => {
      const kindsChanged = next.enabledKinds.join() !== state.preferences().enabledKinds.join();
      state.setPreferences(next);
      if (kindsChanged) void annotator.run();
    };
    const stops = [
      onMessage('userDataChanged', () => void annotator.refresh()),
      onMessage('preferencesChanged', ({ data }) => applyPreferences(data)),
    ];
    ctx.onInvalidated(() => stops.forEach((stop) => stop()));
  },
});
