import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    name: 'arXiv Lens',
    description: 'Curated summaries, tags and a reading list on arXiv and Hugging Face paper pages.',
    // activeTab: the popup and the save shortcut read the current tab's URL on any paper host.
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab'],
    // Only the sites the extension annotates. Subscribed packs are fetched from hosts that allow it
    // (CORS), or with the access the options page asks for when a host does not.
    host_permissions: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'],
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'arXiv Lens: your reading list' },
    commands: {
      'save-current-paper': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the paper in this tab to the reading list',
      },
    },
  }),
});
