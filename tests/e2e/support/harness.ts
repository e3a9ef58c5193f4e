import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { answerWhenDue, type Served } from './routes';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** An answer of a source's API (Hugging Face, Semantic Scholar, arXiv), from the fixtures. */
export interface ApiAnswer {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Answers the APIs' requests; `undefined` for one it does not answer (then refused, as offline). */
export type ApiHandler = (request: { url: URL; method: string; body: string | null }) => ApiAnswer | undefined;

/** The API hosts sources reach; every request to them goes to the test's handler. */
const API_REQUEST = /^https:\/\/(huggingface\.co\/api\/|api\.semanticscholar\.org\/|(export\.)?arxiv\.org\/api\/)/;

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Errors the extension itself logged or threw (routed pages lack arXiv's own scripts, so theirs don't count). */
  errors: string[];
  /** Serve a body of our own at a URL (any host), in addition to the fixture pages. */
  serve(url: string, body: string, contentType?: string, until?: Promise<unknown>): void;
  /** Answers the sources' API requests from now on (the launch's `api` until then). */
  setApi(handler: ApiHandler): void;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension, every arXiv and Hugging Face request answered
 * from the fixtures and everything else refused (these machines have no internet).
 */
export interface LaunchOptions {
  /** More Chromium flags. */
  args?: string[];
  /** A profile folder to reuse (the browser "relaunched"); it is then kept on close. */
  profile?: string;
  /**
   * Answers the sources' API requests, from the first one the extension makes on install. Without
   * it every API request is refused, as on a machine without network.
   */
  api?: ApiHandler;
  /** The unpacked extension to load: the current build unless a test loads another (an earlier release). */
  extension?: string;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'arxiv-lens-profile-'));
}

/** The tests reach inside the hosts' shadow roots, which only a build made with ARXIV_LENS_OPEN_ROOTS=1 leaves open. */
function assertOpenRoots(extension: string): void {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { version_name?: string };
  if (!manifest.version_name?.includes('open shadow roots'))
    throw new Error(`${extension} has closed shadow roots: build it with ARXIV_LENS_OPEN_ROOTS=1 (npm run test:e2e:chromium does)`);
}

export async function launchExtension({ args = [], profile: reused, api, extension = EXTENSION_DIR }: LaunchOptions = {}): Promise<Extension> {
  if (extension === EXTENSION_DIR) assertOpenRoots(extension);
  let apiHandler: ApiHandler = api ?? (() => undefined);
  const profile = reused ?? newProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  const extra = new Map<string, Served>();
  await context.route(/.*/, async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (API_REQUEST.test(url)) {
      const reply = apiHandler({ url: new URL(url), method: route.request().method(), body: route.request().postData() });
      if (!reply) return route.abort('internetdisconnected');
      return route.fulfill({ status: reply.status, contentType: reply.contentType ?? 'application/json', headers: reply.headers, body: reply.body });
    }
    const response = await answerWhenDue(url, extra);
    return response ? route.fulfill(response) : route.abort();
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.location().url.startsWith('chrome-extension://')) errors.push(msg.text());
    });
    page.on('pageerror', (err) => {
      if (err.stack?.includes('chrome-extension://')) errors.push(err.message);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  worker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`background: ${msg.text()}`);
  });
  return {
    context,
    worker,
    id,
    errors,
    serve: (url, body, contentType = 'text/html; charset=utf-8', until) => extra.set(url, { body, contentType, until }),
    setApi: (handler) => {
      apiHandler = handler;
    },
    async close() {
      await context.close();
      if (!reused) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a URL and waits until the content script has finished an annotation pass. */
export async function openAnnotated(ext: Extension, url: string, page?: Page): Promise<Page> {
  const target = page ?? (await ext.context.newPage());
  await target.goto(url);
  await target.waitForFunction(() => document.documentElement.dataset.arxivLensReady !== undefined);
  return target;
}

/** Opens one of the extension's own pages (popup.html, options.html) in a tab. */
export async function openExtensionPage(ext: Extension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/${path}`);
  return page;
}
