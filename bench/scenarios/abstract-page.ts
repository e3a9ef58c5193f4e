import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type Extension } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';
import { launchPlainBrowser, loadAndMeasure } from '../page-cost';

/** Milliseconds from DOMContentLoaded to the end of the annotation pass (the DOM contract's mark). */
export function readyAfterDomContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return Number(document.documentElement.dataset.arxivLensMs) - nav.domContentLoadedEventStart;
  });
}

const URL_ = 'https://arxiv.org/abs/2405.20519';
const FILE = 'tests/fixtures/abs/abs_2405.20519_derived-from-2026-07-12.html';

/**
 * (1) A saved abstract page (the 2026 layout), loaded in turn without and with the extension in the
 * same run: how much later DOMContentLoaded comes, how much main-thread work the extension adds,
 * and when its panel is in the page.
 */
export async function measureAbstractPage(ext: Extension, runs: number): Promise<Figure[]> {
  const plain = await launchPlainBrowser(new Map([[URL_, readFileSync(FILE, 'utf8')]]));
  const without = { dcl: [] as number[], work: [] as number[] };
  const withExt = { dcl: [] as number[], work: [] as number[], panel: [] as number[] };
  try {
    // The first load of each warms caches and the service worker; it is not counted.
    for (let i = 0; i <= runs; i++) {
      const bare = await loadAndMeasure(plain.context, URL_, false);
      await bare.page.close();
      const annotated = await loadAndMeasure(ext.context, URL_, true);
      await annotated.page.locator('[data-arxiv-lens="panel"] [data-summary-source]').first().waitFor();
      const panel = await readyAfterDomContentLoaded(annotated.page);
      await annotated.page.close();
      if (i === 0) continue;
      without.dcl.push(bare.domContentLoaded);
      without.work.push(bare.mainThread);
      withExt.dcl.push(annotated.domContentLoaded);
      withExt.work.push(annotated.mainThread);
      withExt.panel.push(panel);
    }
  } finally {
    await plain.close();
  }
  const diff = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!);
  return [
    figure('abs-dcl-without', '1. abstract page: DOMContentLoaded, without the extension', 'ms', without.dcl),
    figure('abs-dcl-with', '1. abstract page: DOMContentLoaded, with it', 'ms', withExt.dcl),
    figure('abs-dcl-delay', '1. abstract page: DOMContentLoaded delayed by the extension', 'ms', diff(withExt.dcl, without.dcl), 5),
    figure('abs-work-without', '1. abstract page: main-thread work, without the extension', 'ms', without.work),
    figure('abs-work-with', '1. abstract page: main-thread work, with it', 'ms', withExt.work),
    figure('abs-work-added', '1. abstract page: main-thread work added', 'ms', diff(withExt.work, without.work), 25),
    figure('abs-panel', '1. abstract page: DOMContentLoaded → panel in the page', 'ms', withExt.panel, 50),
  ];
}
