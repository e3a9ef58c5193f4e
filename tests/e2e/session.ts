import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchExtension, type Extension, type LaunchOptions } from './harness';

const FAILURES = resolve('tests/e2e/failures');

/** Saves a screenshot of every open page when a test fails, into a git-ignored folder. */
function screenshotOnFailure(getExtension: () => Extension | undefined) {
  afterEach(async (ctx) => {
    const ext = getExtension();
    if (ctx.task.result?.state !== 'fail' || !ext) return;
    mkdirSync(FAILURES, { recursive: true });
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await Promise.all(
      ext.context.pages().map((page, i) => page.screenshot({ path: join(FAILURES, `${name}-${i}.png`), fullPage: true }).catch(() => {})),
    );
  });
}

/**
 * One browser with the built extension for a test file: launched before its tests, closed after,
 * with a screenshot of every page when a test fails. `session.ext` is the running extension.
 */
export function useExtension(options?: LaunchOptions): { readonly ext: Extension } {
  let ext: Extension | undefined;
  beforeAll(async () => {
    ext = await launchExtension(options);
  });
  afterAll(async () => {
    await ext?.close();
  });
  screenshotOnFailure(() => ext);
  return {
    get ext() {
      return ext!;
    },
  };
}
