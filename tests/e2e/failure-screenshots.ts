import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { Extension } from './harness';

const FAILURES = resolve('tests/e2e/failures');

/** Saves a screenshot of every open page when a test fails, into a git-ignored folder. */
export function screenshotOnFailure(getExtension: () => Extension | undefined) {
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
