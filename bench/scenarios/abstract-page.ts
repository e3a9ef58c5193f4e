import type { Page } from 'playwright-core';
import { openAnnotated, type Extension } from '../../tests/e2e/harness';
import { figure, type Figure } from '../figure';

/** Milliseconds from DOMContentLoaded to the end of the annotation pass (the DOM contract's mark). */
export function readyAfterDomContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return Number(document.documentElement.dataset.arxivLensMs) - nav.domContentLoadedEventStart;
  });
}

/** (1) An abstract page: from DOMContentLoaded to the panel being in the page. */
export async function measureAbstractPage(ext: Extension, runs: number): Promise<Figure[]> {
  const url = 'https://arxiv.org/abs/2405.20519';
  await (await openAnnotated(ext, url)).close();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openAnnotated(ext, url);
    await page.locator('[data-arxiv-lens="panel"] [data-summary-source]').first().waitFor();
    samples.push(await readyAfterDomContentLoaded(page));
    await page.close();
  }
  return [figure('abstract-page', '1. abstract page: DOMContentLoaded → panel in page', 'ms', samples, 25)];
}
