import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { readPreferences, watchPreferences } from '@/lib/settings';
import { createAnnotator } from './annotator';
import { createPageState } from './page-state';
import { watchSinglePageApp } from './spa-watcher';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_end',
  async main(ctx) {
    const state = createPageState(await readPreferences());
    const annotator = createAnnotator(ctx, state);
    void annotator.run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
    watchSinglePageApp(ctx, () => void annotator.run());
    const stopListening = onMessage('userDataChanged', () => void annotator.refresh());
    const stopWatching = watchPreferences((prefs) => {
      const kindsChanged = prefs.enabledKinds.join() !== state.preferences().enabledKinds.join();
      state.setPreferences(prefs);
      if (kindsChanged) void annotator.run();
    });
    ctx.onInvalidated(() => {
      stopListening();
      stopWatching();
    });
  },
});
