import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { afterEach } from 'vitest';
import { FIXTURE_PAGES } from '../fixtures/pages';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const SCREENSHOTS = resolve('tests/e2e/screenshots');

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Errors the extension itself logged or threw (routed pages lack arXiv's own scripts, so theirs don't count). */
  errors: string[];
  /** Serve a page of our own at a URL, in addition to the fixture pages. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

/** Fixture pages by URL without query or fragment, the way the route handler looks them up. */
function fixtureRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const page of FIXTURE_PAGES) {
    if (!routes.has(stripQuery(page.url))) routes.set(stripQuery(page.url), `tests/fixtures/${page.file}`);
  }
  return routes;
}

function stripQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Starts Debian's Chromium with the built extension, every arXiv and Hugging Face request answered
 * from the fixtures and everything else refused (these machines have no internet).
 */
export async function launchExtension(): Promise<Extension> {
  const profile = mkdtempSync(join(tmpdir(), 'arxiv-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const files = fixtureRoutes();
  const extra = new Map<string, string>();
  const fulfil = (route: Route) => {
    const key = stripQuery(route.request().url());
    const body = extra.get(route.request().url()) ?? extra.get(key) ?? (files.has(key) ? readFileSync(files.get(key)!, 'utf8') : null);
    if (body === null) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  await context.route(/^https:\/\/(www\.)?arxiv\.org\//, fulfil);
  await context.route(/^https:\/\/huggingface\.co\//, fulfil);
  await context.route(/^https?:\/\/(?!(www\.)?arxiv\.org\/|huggingface\.co\/)/, (route) => route.abort());

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
    serve: (url, html) => extra.set(url, html),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
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

/** The hosts of papers (panels and rows), as the DOM contract describes them; list bars are not papers. */
export const PAPER_HOSTS = '[data-arxiv-lens="panel"], [data-arxiv-lens="row"]';

export function hostsOf(page: Page) {
  return page.$$eval(PAPER_HOSTS, (hosts) =>
    hosts.map((h) => ({
      role: h.getAttribute('data-arxiv-lens'),
      id: h.getAttribute('data-paper-id'),
      open: h.shadowRoot !== null,
      text: h.shadowRoot?.textContent ?? '',
    })),
  );
}

/** Saves a screenshot of every open page when a test fails, into a git-ignored folder. */
export function screenshotOnFailure(getExtension: () => Extension | undefined) {
  afterEach(async (ctx) => {
    const ext = getExtension();
    if (ctx.task.result?.state !== 'fail' || !ext) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await Promise.all(
      ext.context.pages().map((page, i) => page.screenshot({ path: join(SCREENSHOTS, `${name}-${i}.png`), fullPage: true }).catch(() => {})),
    );
  });
}
