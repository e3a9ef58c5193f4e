import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES, HUGGING_FACE_MATCHES, PARSED_LIST_MATCHES } from './lib/pages/matches';
import { manifestDataCollection } from './lib/source-runtime/data-collection';

/** The add-on id Firefox keys its storage (storage.sync included) and AMO listing by. */
const GECKO_ID = 'arxiv-lens@arxiv-lens';

const gecko = {
  id: GECKO_ID,
  // 140 (an ESR) is the first Firefox that shows data_collection_permissions at install.
  strict_min_version: '140.0',
  // What the sources send, in Firefox's categories (lib/sources/data-collection.ts): the arxiv
  // source, on by default, sends arXiv the ids of saved papers and of list entries scrolled to
  // (required); the opt-in ones send the ids of the papers on the pages viewed to Hugging Face and
  // Semantic Scholar (optional, asked for from the click that turns one on).
  data_collection_permissions: manifestDataCollection(),
};

/**
 * Zod runs without its JIT (lib/zod-jitless.ts), so its probe for `new Function` is never reached;
 * dropping the probe keeps the Function constructor, which AMO's review flags, out of the package.
 */
const dropZodEvalProbe: Plugin = {
  name: 'arxiv-lens:drop-zod-eval-probe',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return;
    const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
    if (!probe.test(code)) this.error("Zod's eval probe changed shape: update dropZodEvalProbe in wxt.config.ts");
    return code.replace(probe, 'return false;');
  },
};

/**
 * WXT's content script context tells an older copy of the script (left in a tab after an update)
 * to stop twice: by an event on the document, which every release of ours listens for, and by a
 * window message, which none does. A window's first message costs the tab several ms of main-thread
 * work, on every page the content script runs in; the event alone is kept.
 */
const dropWxtWindowMessage: Plugin = {
  name: 'arxiv-lens:drop-wxt-window-message',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return;
    const message = /\n\t\twindow\.postMessage\(\{\n\t\t\ttype: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;
    if (!message.test(code)) this.error("WXT's content script context changed shape: update dropWxtWindowMessage in wxt.config.ts");
    return code.replace(message, '');
  },
};

/**
 * WXT's content script utilities read one thing of the extension's API, `browser.runtime.id`, which
 * needs no polyfill: they get the browser's own namespace (`@wxt-dev/browser`, what `wxt/browser`
 * is without the polyfill module), so the content script, loaded into every page, neither carries
 * nor runs the polyfill. Everything else keeps it.
 */
const contentScriptWithoutPolyfill: Plugin = {
  name: 'arxiv-lens:content-script-without-polyfill',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== '@wxt-dev/webextension-polyfill/browser' || !importer) return;
    if (!/[\\/]wxt[\\/]dist[\\/]utils[\\/](content-script-context|internal[\\/]custom-events)\.mjs$/.test(importer)) return;
    return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
  },
};

/**
 * The content script's code is loaded as a module by a one-line script, the one the manifest lists:
 * Chrome compiles a module off the main thread and keeps its compiled code for the next page, where
 * a content script listed in the manifest is compiled on the page's main thread on every load
 * (docs/performance.md). The module must be web-accessible for the page's frame to load it. On
 * arXiv's lists the manifest lists the same file as a script: a module's fetch, compile and
 * evaluation are each a task queued behind the parser's and the frames', and the list's first
 * screen, shown while the page is parsed, waited for them.
 */
const CONTENT_MODULE = 'content-scripts/content.js';
const CONTENT_LOADER = 'content-scripts/content-loader.js';
const HF_ROOM_SHEET = 'assets/hf-reserved-space.css';
const CONTENT_LOADER_SOURCE = `import(chrome.runtime.getURL(${JSON.stringify(CONTENT_MODULE)})).catch((error) => console.error('arXiv Lens:', error));\n`;

/**
 * Chrome's explicit compile hint (a magic comment at the top of a script) compiles every function
 * of the content script with the module, so the code cache Chrome keeps for the next page holds them
 * all: otherwise the functions that first run after the module is evaluated (the pass and the
 * panel's first render) were compiled again on every page, in the task that shows the panel. On
 * arXiv's lists, where the manifest lists the same file as a script, it is compiled whole there.
 */
const compileContentScriptWhole: Plugin = {
  name: 'arxiv-lens:compile-content-script-whole',
  apply: 'build',
  generateBundle(_, bundle) {
    const chunk = bundle[CONTENT_MODULE];
    if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

/**
 * The shipped build closes the hosts' shadow roots, so a page's scripts cannot read them.
 * ARXIV_LENS_OPEN_ROOTS=1 builds them open, for what must reach inside: the e2e tests, the bench,
 * the screenshots and the accessibility check (their npm scripts set it).
 */
const OPEN_ROOTS = process.env.ARXIV_LENS_OPEN_ROOTS === '1';

export default defineConfig({
  hooks: {
    // The document_start script is an unlisted script (see entrypoints/early.ts), so it is listed here.
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script's static sheets (content/reserved-space.css, the room its hosts take, and
      // content/entry-marks.css) go with it: Firefox injects a content script's css at its run_at, and the room must be there
      // before the page is first laid out.
      const scripts = manifest.content_scripts ?? [];
      const css = scripts.flatMap((script) => script.css ?? []);
      for (const script of scripts) delete script.css;
      // The loader runs right after the early script, so the module is fetched and compiled while the
      // page is parsed; it waits for the parsed page itself (entrypoints/content/index.tsx). A list
      // runs the script itself there, which then follows the page as it is parsed.
      const ui = scripts.filter((script) => !script.js?.includes(CONTENT_MODULE));
      const lists = [...PARSED_LIST_MATCHES];
      manifest.content_scripts = [
        { matches: [...CONTENT_MATCHES], exclude_matches: lists, run_at: 'document_start', js: ['early.js', CONTENT_LOADER], css },
        { matches: lists, run_at: 'document_start', js: ['early.js', CONTENT_MODULE], css },
        // Hugging Face's rooms only where they can match (entrypoints/hf-reserved-space.css).
        { matches: [...HUGGING_FACE_MATCHES], run_at: 'document_start', css: [HF_ROOM_SHEET] },
        ...ui,
      ];
      manifest.web_accessible_resources =
        manifest.manifest_version === 2 ? [CONTENT_MODULE] : [{ resources: [CONTENT_MODULE], matches: [...CONTENT_MATCHES] }];
      // Says so where the Chromium tests check that they run on a build they can reach inside
      // (Firefox warns of a key it does not know).
      if (OPEN_ROOTS && wxt.config.browser !== 'firefox') manifest.version_name = `${manifest.version} (open shadow roots, for tests)`;
    },
    'build:publicAssets': (_, files) => {
      files.push({ relativeDest: CONTENT_LOADER, contents: CONTENT_LOADER_SOURCE });
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources zip is what AMO's reviewers rebuild from: a prebuilt release kept for the upgrade test has no place in it.
  zip: { excludeSources: ['tests/fixtures/releases/**'] },
  vite: () => ({
    plugins: [dropZodEvalProbe, dropWxtWindowMessage, contentScriptWithoutPolyfill, compileContentScriptWhole],
    define: { 'import.meta.env.ARXIV_LENS_OPEN_ROOTS': JSON.stringify(OPEN_ROOTS) },
    // The UI is written against React's API and runs on Preact's implementation of it (preact/compat):
    // the content script, loaded into every arXiv page, drops from 83 to 23 kB gzip and adds half the
    // main-thread work (docs/performance.md). React's packages stay for their types and the plugins' peers.
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ],
    },
  }),
  manifest: ({ manifestVersion, browser }) => ({
    name: 'arXiv Lens',
    description: 'Curated summaries, tags and a reading list on arXiv and Hugging Face paper pages.',
    // activeTab: the popup and the save shortcut read the current tab's URL on any paper host.
    // unlimitedStorage (no install warning): the browser never evicts the database, the only copy
    // of the user's notes and tags, to free space.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab'],
    // Only the sites the extension annotates. Subscribed packs are fetched from hosts that allow it
    // (CORS), or with the access the options page asks for when a host does not.
    host_permissions: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'],
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // No gecko_android: Firefox for Android is not declared until something runs there in the tests (README).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko } } : {}),
    action: { default_title: 'arXiv Lens: your reading list' },
    commands: {
      'save-current-paper': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the paper in this tab to the reading list',
      },
    },
  }),
});
