import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Lens, LensLaunchOptions, Tab } from './driver';
import { answerWhenDue, type Served } from './routes';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** Extension pages live at moz-extension://<uuid>/; fixing the uuid for our add-on id lets tests open them. */
const UUID = 'a7c1e5d2-0b1f-4e8a-9c3d-5f6e7a8b9c0d';
/** Read at launch, not import: the Chromium suite imports this file too, before any Firefox build exists. */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}
const ORIGIN = `moz-extension://${UUID}`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits for a download to land in `folder` under a new name (Firefox writes `<name>.part` first). */
async function nextDownload(folder: string, before: Set<string>): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const names = readdirSync(folder);
    // Firefox creates the file empty, writes `<name>.part`, then moves it over the file.
    const done = names.filter(
      (name) => !before.has(name) && !name.endsWith('.part') && !names.includes(`${name}.part`) && statSync(join(folder, name)).size > 0,
    );
    if (done.length > 0) return done[0]!;
    await sleep(50);
  }
  throw new Error(`no download arrived in ${folder}`);
}

function firefoxTab(page: Page, downloads: string, onClose: () => void, input: <T>(act: () => Promise<T>) => Promise<T>): Tab {
  const element = async (selector: string) => (await page.waitForSelector(selector))!;
  /** Acts in this tab in front, one tab at a time, as a user does: Firefox drops clicks sent to a tab behind. */
  const inFront = <T>(act: () => Promise<T>) =>
    input(async () => {
      await page.bringToFront();
      return act();
    });
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    count: (selector) => page.$$eval(selector, (els) => els.length),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent ?? '')),
    text: async (selector) => (await element(selector)).evaluate((el) => el.textContent ?? ''),
    attr: async (selector, name) => (await element(selector)).evaluate((el, n) => el.getAttribute(n), name),
    click: (selector) => inFront(async () => (await element(selector)).click()),
    // Typed as a user would: React sees every edit, clearing included.
    fill: (selector, value) =>
      inFront(async () => {
        const field = await element(selector);
        await field.focus();
        if (await field.evaluate((el) => (el as HTMLInputElement).value !== '')) {
          await field.evaluate((el) => (el as HTMLInputElement).select());
          await page.keyboard.press('Backspace');
        }
        await page.keyboard.type(value);
      }),
    press: (selector, key) => inFront(async () => (await element(selector)).press(key as never)),
    key: (key) => inFront(() => page.keyboard.press(key as never)),
    focus: (selector) => inFront(async () => (await element(selector)).focus()),
    blur: async (selector) => (await element(selector)).evaluate((el) => (el as HTMLElement).blur()),
    setChecked: (selector, checked) =>
      inFront(async () => {
        const box = await element(selector);
        if ((await box.evaluate((el) => (el as HTMLInputElement).checked)) !== checked) await box.click();
      }),
    async select(selector, value) {
      await (await element(selector)).select(value);
    },
    async upload(selector, file) {
      const folder = mkdtempSync(join(tmpdir(), 'arxiv-lens-upload-'));
      writeFileSync(join(folder, file.name), file.buffer);
      const input = (await element(selector)) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile(join(folder, file.name));
    },
    async download(selector) {
      const before = new Set(readdirSync(downloads));
      await inFront(async () => (await element(selector)).click());
      const name = await nextDownload(downloads, before);
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    watchNavigations() {
      const seen = { count: 0 };
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) seen.count += 1;
      });
      return seen;
    },
    async screenshot(path, selector) {
      await (selector ? (await element(selector)).screenshot({ path }) : page.screenshot({ path, fullPage: true }));
    },
    async resize(width, height) {
      await page.setViewport({ width, height });
    },
    async close() {
      onClose();
      await page.close();
    },
  };
}

/**
 * Our extension's errors as Firefox prints them (the prefs in the launch): uncaught errors and
 * rejections name their moz-extension:// source; a `console.error` is printed without one, so ours
 * are known by the "arXiv Lens" every one of them starts with. Read from Firefox's output rather than
 * its console service, which only the parent process's scope reaches, and not in every Firefox ESR.
 */
function extensionErrors(firefox: NonNullable<ReturnType<Browser['process']>>): () => string[] {
  const errors: string[] = [];
  // Each stream has its own unfinished line: their chunks interleave.
  const readLines = (stream: NodeJS.ReadableStream | null) => {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const thrown = line.match(/^JavaScript error: (\S+), line \d+: (.*)$/);
        if (thrown?.[1]!.startsWith(ORIGIN)) errors.push(thrown[2]!);
        else if (/^console\.error: "?arXiv Lens/.test(line)) errors.push(line.slice('console.error: '.length));
      }
    });
  };
  readLines(firefox.stdout);
  readLines(firefox.stderr);
  // A tab closed while its content script waits for the background's answer: Firefox rejects the
  // message as the tab goes, or notes the answer that arrives after it. The tests close tabs at once;
  // a reader who closes a tab sees nothing.
  return () =>
    errors.filter((e) => !/^Promise (rejected after context unloaded: Actor 'Conduits' destroyed|resolved after context unloaded\s*$)/.test(e));
}

/**
 * Starts Firefox ESR headless (WebDriver BiDi, no geckodriver) with the Firefox build installed
 * as a temporary add-on, every request of its tabs answered from the fixtures.
 */
export async function launchFirefoxLens({ profile }: LensLaunchOptions = {}): Promise<Lens> {
  const downloads = mkdtempSync(join(tmpdir(), 'arxiv-lens-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    // Lets tabs navigate to moz-extension:// pages.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: UUID }),
      // A temporary add-on is uninstalled when Firefox quits; a relaunched profile keeps its data as an installed one would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Exports land in a folder of ours, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      // Nothing to resolve or predict offline; without these, quitting takes seconds longer.
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      // Uncaught errors and console calls printed to Firefox's output, where extensionErrors reads them.
      'browser.dom.window.dump.enabled': true,
      'devtools.console.stdout.content': true,
    },
  });
  const errors = extensionErrors(browser.process()!);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const extra = new Map<string, Served>();
  const requests: string[] = [];
  const dialogs: string[] = [];
  const tabs = new Set<Tab>();
  let inputs = Promise.resolve();
  const input = <T>(act: () => Promise<T>): Promise<T> => {
    const done = inputs.then(act);
    inputs = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  };
  const route = (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    requests.push(url);
    void answerWhenDue(url, extra).then((response) => (response ? request.respond(response) : request.abort()));
  };
  const newTab = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', route);
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    const tab = firefoxTab(page, downloads, () => tabs.delete(tab), input);
    tabs.add(tab);
    return tab;
  };
  return {
    browser: 'firefox',
    newTab,
    async openPage(path) {
      const tab = await newTab();
      const url = `${ORIGIN}/${path}`;
      // An extension page never reports its load to goto: wait for the document instead, asking
      // again when the question lands in the document being replaced.
      tab.goto(url).catch(() => {});
      for (let waited = 0; waited < 15_000; waited += 50) {
        const loaded = await tab.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
        if (loaded) return tab;
        await sleep(50);
      }
      throw new Error(`${url} did not load`);
    },
    serve: (url, body, contentType = 'text/html; charset=utf-8', until) => extra.set(url, { body, contentType, until }),
    requests,
    dialogs,
    errors: async () => errors(),
    tabs: () => [...tabs],
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
