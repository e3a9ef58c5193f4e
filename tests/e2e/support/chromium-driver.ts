import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lens, LensLaunchOptions, Tab } from './driver';
import { launchExtension, type Extension, type LaunchOptions } from './harness';

/** Playwright's CSS already pierces open shadow roots: ` >>> ` is a plain descendant step. */
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');

function chromiumTab(page: Page): Tab {
  const first = (selector: string) => page.locator(css(selector)).first();
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    async waitFor(fn, arg, timeoutMs) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    count: (selector) => page.locator(css(selector)).count(),
    texts: (selector) => page.locator(css(selector)).evaluateAll((els) => els.map((el) => el.textContent ?? '')),
    text: async (selector) => (await first(selector).textContent()) ?? '',
    attr: (selector, name) => first(selector).getAttribute(name),
    click: (selector) => first(selector).click(),
    fill: (selector, value) => first(selector).fill(value),
    press: (selector, key) => first(selector).press(key),
    key: (key) => page.keyboard.press(key),
    focus: (selector) => first(selector).focus(),
    blur: (selector) => first(selector).blur(),
    setChecked: (selector, checked) => first(selector).setChecked(checked),
    async select(selector, value) {
      await first(selector).selectOption(value);
    },
    upload: (selector, file) => first(selector).setInputFiles(file),
    async download(selector) {
      const [file] = await Promise.all([page.waitForEvent('download'), first(selector).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
    watchNavigations() {
      const seen = { count: 0 };
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) seen.count += 1;
      });
      return seen;
    },
    async screenshot(path, selector) {
      await (selector ? first(selector).screenshot({ path }) : page.screenshot({ path, fullPage: true }));
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export async function launchChromiumLens(
  options: LensLaunchOptions & Pick<LaunchOptions, 'extension'> = {},
): Promise<Lens & { extension: Extension }> {
  const extension = await launchExtension(options);
  const requests: string[] = [];
  const dialogs: string[] = [];
  const tabs = new Map<Page, Tab>();
  const tabOf = (page: Page) => tabs.get(page) ?? tabs.set(page, chromiumTab(page)).get(page)!;
  extension.context.on('request', (request) => requests.push(request.url()));
  extension.context.on('page', (page) => {
    page.on('close', () => tabs.delete(page));
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  });
  return {
    browser: 'chromium',
    extension,
    newTab: async () => tabOf(await extension.context.newPage()),
    async openPage(path) {
      const tab = tabOf(await extension.context.newPage());
      await tab.goto(`chrome-extension://${extension.id}/${path}`);
      return tab;
    },
    serve: extension.serve,
    requests,
    dialogs,
    errors: async () => extension.errors,
    tabs: () => [...tabs.values()],
    close: () => extension.close(),
  };
}
