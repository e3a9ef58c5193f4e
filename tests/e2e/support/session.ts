import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromiumLens } from './chromium-driver';
import type { BrowserName, Lens, LensLaunchOptions } from './driver';
import { launchFirefoxLens } from './firefox-driver';

const FAILURES = resolve('tests/e2e/failures');

/** The browser this run drives: the vitest project sets it (tests/vitest.config.ts). */
export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export function launchLens(options?: LensLaunchOptions): Promise<Lens> {
  return BROWSER === 'firefox' ? launchFirefoxLens(options) : launchChromiumLens(options);
}

/** Saves a screenshot of every open tab when a test fails, into a git-ignored folder. */
export function screenshotOnFailure(getLens: () => Lens | undefined) {
  afterEach(async (ctx) => {
    const lens = getLens();
    if (ctx.task.result?.state !== 'fail' || !lens) return;
    mkdirSync(FAILURES, { recursive: true });
    const name = `${lens.browser}-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}`;
    await Promise.all(lens.tabs().map((tab, i) => tab.screenshot(join(FAILURES, `${name}-${i}.png`)).catch(() => {})));
  });
}

/**
 * One browser with the built extension for a test file: launched before its tests, closed after,
 * with a screenshot of every tab when a test fails. `session.lens` is the running extension.
 */
export function useExtension<L extends Lens = Lens>(launch: () => Promise<L> = launchLens as () => Promise<L>): { readonly lens: L } {
  let lens: L | undefined;
  beforeAll(async () => {
    lens = await launch();
  });
  afterAll(async () => {
    await lens?.close();
  });
  screenshotOnFailure(() => lens);
  return {
    get lens() {
      return lens!;
    },
  };
}
