import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '@/lib/messaging';
import { CONTENT_MATCHES } from '@/lib/pages/matches';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import { createAnnotator } from './annotator';
import { createPageState } from './page-state';
import { watchSinglePageApp } from './spa-watcher';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_end',
  async main(ctx) {
    const prefs = await sendMessage('getPreferences', undefined).catch(() => DEFAULT_PREFERENCES);
    const state = createPageState(prefs);
    const annotator = createAnnotator(ctx, state);
    void annotator.run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
    watchSinglePageApp(ctx, () => void annotator.run());
    const applyPreferences = (next: Preferences) => {
      const kindsChanged = next.enabledKinds.join() !== state.preferences().enabledKinds.join();
      state.setPreferences(next);
      if (kindsChanged) void annotator.run();
    };
    const stops = [onMessage('userDataChanged', () => void annotator.refresh()), onMessage('preferencesChanged', ({ data }) => applyPreferences(data))];
    ctx.onInvalidated(() => stops.forEach((stop) => stop()));
  },
});
