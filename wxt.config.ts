import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'arXiv Lens',
    description: 'Curated summaries, tags and a reading list on arXiv and Hugging Face paper pages.',
    permissions: ['storage', 'alarms'],
  },
});
