import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnnotator } from './annotator';
import { watchSinglePageApp } from './spa-watcher';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    const annotator = createAnnotator(ctx);
    void annotator.run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void annotator.run());
    watchSinglePageApp(ctx, () => void annotator.run());
  },
});
