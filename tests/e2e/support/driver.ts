/**
 * The one interface the end-to-end scenarios drive a browser through, so that the same scenario
 * runs in Chromium (Playwright) and in Firefox (puppeteer over WebDriver BiDi).
 *
 * Selectors are CSS; ` >>> ` steps into a host's shadow root: `[data-arxiv-lens="panel"] >>> button`.
 * Reads and actions wait for the element to exist and act on the first match.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn`, run in the page at every animation frame, returns something truthy; 30 s unless told. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  /** The text of every match, in document order. */
  texts(selector: string): Promise<string[]>;
  text(selector: string): Promise<string>;
  attr(selector: string, name: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** Focuses the element, then presses a key (`Enter`, `ArrowDown`). */
  press(selector: string, key: string): Promise<void>;
  /** Presses a key where the focus is. */
  key(key: string): Promise<void>;
  focus(selector: string): Promise<void>;
  blur(selector: string): Promise<void>;
  setChecked(selector: string, checked: boolean): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  upload(selector: string, file: UploadFile): Promise<void>;
  /** Clicks what makes the page download a file, and returns that file. */
  download(selector: string): Promise<{ name: string; text: string }>;
  /** Counts the page's own navigations from now on (the first-level document only). */
  watchNavigations(): { readonly count: number };
  screenshot(path: string, selector?: string): Promise<void>;
  /** Sets the size of the tab's viewport, in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface LensLaunchOptions {
  /** A profile folder to reuse (the browser "relaunched"); it is then kept on close. */
  profile?: string;
}

/** A browser running the built extension, with every web request answered from the fixtures. */
export interface Lens {
  readonly browser: BrowserName;
  /** A new tab with the fixtures routed. */
  newTab(): Promise<Tab>;
  /** One of the extension's own pages (`popup.html`, `options.html#…`) in a new tab, loaded. */
  openPage(path: string): Promise<Tab>;
  /** Serve a body of our own at a URL (any host), in addition to the fixture pages; only once `until` settles, when given. */
  serve(url: string, body: string, contentType?: string, until?: Promise<unknown>): void;
  /** Every web request any tab made (answered or refused). */
  readonly requests: readonly string[];
  /** Every dialog a page opened (each is dismissed). */
  readonly dialogs: readonly string[];
  /** Errors the extension itself logged or threw (routed pages lack arXiv's own scripts, so theirs don't count). */
  errors(): Promise<string[]>;
  tabs(): Tab[];
  close(): Promise<void>;
}

/** The hosts of papers (panels and rows), as the DOM contract describes them; list bars are not papers. */
export const PAPER_HOSTS = '[data-arxiv-lens="panel"], [data-arxiv-lens="row"]';

/** Opens a URL and waits until the content script has finished an annotation pass. */
export async function openAnnotated(lens: Lens, url: string): Promise<Tab> {
  const tab = await lens.newTab();
  await tab.goto(url);
  await tab.waitFor(() => document.documentElement.dataset.arxivLensReady !== undefined);
  return tab;
}

/**
 * Scrolls a list from top to bottom, as a reader would, until every paper shown on it has its row,
 * rendered, then back to the top. A row gets its host only near the viewport, and without arXiv's
 * stylesheet (ARXIV_CSS unset) the rendered pages' header icons stand a screen tall, so a list's
 * last rows start out of reach. Each step is a frame apart, so the page reports what each position
 * showed; at the end, the rows of the last screens are waited for a frame more.
 */
export async function scrollThroughRows(tab: Tab): Promise<void> {
  await tab.evaluate(() => {
    window.scrollTo(0, 0);
    (window as { lensFramesAtEnd?: number }).lensFramesAtEnd = 0;
  });
  await tab.waitFor((step) => {
    const at = window as { lensFramesAtEnd?: number };
    if (scrollY + innerHeight < document.documentElement.scrollHeight) {
      scrollBy(0, step);
      return false;
    }
    at.lensFramesAtEnd = (at.lensFramesAtEnd ?? 0) + 1;
    return at.lensFramesAtEnd > 1 && [...document.querySelectorAll('[data-arxiv-lens="row"]')].every((h) => h.shadowRoot?.querySelector('.lens-row'));
  }, 400);
  await tab.evaluate(() => window.scrollTo(0, 0));
}

export function hostsOf(tab: Tab) {
  return tab.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((h) => ({
        role: h.getAttribute('data-arxiv-lens'),
        id: h.getAttribute('data-paper-id'),
        open: h.shadowRoot !== null,
        text: h.shadowRoot?.textContent ?? '',
      })),
    PAPER_HOSTS,
  );
}

/** The `data-arxiv-lens-ready` count of the last annotation pass. */
export function readyCount(tab: Tab) {
  return tab.evaluate(() => document.documentElement.dataset.arxivLensReady);
}
