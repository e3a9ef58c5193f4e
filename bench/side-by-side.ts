import type { Page } from 'playwright-core';
import type { Extension } from '../tests/e2e/support/harness';
import { figure, type Figure } from './figure';
import { AFTER_LOAD_MS, launchPlainBrowser, loadAndMeasure, type PageLoad, type Shown } from './page-cost';

type Load = Omit<PageLoad, 'page'>;

/** Each run's load of the page without the extension, and the load with it that followed. */
export interface SideBySide {
  without: Load[];
  with: Load[];
}

/** What a scenario checks or measures on a loaded tab before it is closed; `run` 0 is the warm-up. */
type OnLoad = (page: Page, run: number) => Promise<void>;

/**
 * Loads a page without and with the extension in turn, `runs` times each after one warm-up load of
 * each (the caches, the service worker), in the same run of the bench: the page without it is
 * served `pages` (the extension's browser must already serve them, `ext.serve` or the fixtures).
 */
export async function measureSideBySide(
  ext: Extension,
  pages: Map<string, string>,
  url: string,
  shown: Shown,
  runs: number,
  on: { bare?: OnLoad; annotated?: OnLoad } = {},
): Promise<SideBySide> {
  const plain = await launchPlainBrowser(pages);
  const loads: SideBySide = { without: [], with: [] };
  try {
    for (let run = 0; run <= runs; run++) {
      const { page: bare, ...without } = await loadAndMeasure(plain.context, url, shown, false);
      await on.bare?.(bare, run);
      await bare.close();
      const { page: annotated, ...withExt } = await loadAndMeasure(ext.context, url, shown, true);
      await on.annotated?.(annotated, run);
      await annotated.close();
      if (run === 0) continue;
      loads.without.push(without);
      loads.with.push(withExt);
    }
  } finally {
    await plain.close();
  }
  return loads;
}

export interface PageTargets {
  /** Main-thread work added, ms (`workAddedMs`) or % of the page's own (`workAddedPct`). */
  workAddedMs?: number;
  workAddedPct?: number;
  /** What the extension shows first, after the page without it reaches first contentful paint, ms. */
  shownAfterFcp: number;
  /** The longest task that ran the extension's scripts, ms. */
  longestOurs?: number;
  /** Layout shift added. */
  clsAdded: number;
}

/**
 * A page's figures, each beside the same page without the extension: first contentful paint, what
 * the extension shows first (from navigation start, and after the page without it paints), the
 * main-thread work through `AFTER_LOAD_MS` after load, the longest tasks, and the layout shift.
 */
export function pageFigures(key: string, page: string, loads: SideBySide, shownAs: string, targets: PageTargets): Figure[] {
  const { without, with: withExt } = loads;
  const each = <T>(f: (w: Load, x: Load) => T) => withExt.map((x, i) => f(without[i]!, x));
  const window = `navigation start → load + ${AFTER_LOAD_MS / 1000} s`;
  return [
    figure(
      `${key}-fcp-without`,
      `${page}: first contentful paint, without the extension`,
      'ms',
      without.map((l) => l.fcp),
    ),
    figure(
      `${key}-fcp-with`,
      `${page}: first contentful paint, with it`,
      'ms',
      withExt.map((l) => l.fcp),
    ),
    figure(
      `${key}-shown`,
      `${page}: navigation start → ${shownAs}, with it`,
      'ms',
      withExt.map((l) => l.shown),
    ),
    figure(
      `${key}-shown-after-fcp`,
      `${page}: ${shownAs}, after the page without the extension reaches first contentful paint`,
      'ms',
      each((w, x) => x.shown - w.fcp),
      targets.shownAfterFcp,
    ),
    figure(
      `${key}-work-without`,
      `${page}: main-thread work (${window}), without the extension`,
      'ms',
      without.map((l) => l.mainThread),
    ),
    figure(
      `${key}-work-with`,
      `${page}: main-thread work, with it`,
      'ms',
      withExt.map((l) => l.mainThread),
    ),
    targets.workAddedPct === undefined
      ? figure(
          `${key}-work-added`,
          `${page}: main-thread work added`,
          'ms',
          each((w, x) => x.mainThread - w.mainThread),
          targets.workAddedMs,
        )
      : figure(
          `${key}-work-added`,
          `${page}: main-thread work added, % of the page's own`,
          '%',
          each((w, x) => ((x.mainThread - w.mainThread) / w.mainThread) * 100),
          targets.workAddedPct,
        ),
    figure(
      `${key}-longest-without`,
      `${page}: longest task, without the extension`,
      'ms',
      without.map((l) => l.longestTask),
    ),
    figure(
      `${key}-longest-with`,
      `${page}: longest task, with it`,
      'ms',
      withExt.map((l) => l.longestTask),
    ),
    figure(
      `${key}-longest-ours`,
      `${page}: longest task that ran the extension's scripts`,
      'ms',
      withExt.map((l) => l.longestOurs),
      targets.longestOurs,
    ),
    figure(
      `${key}-cls-without`,
      `${page}: layout shift (CLS), without the extension`,
      '',
      without.map((l) => l.cls),
    ),
    figure(
      `${key}-cls-with`,
      `${page}: layout shift (CLS), with it`,
      '',
      withExt.map((l) => l.cls),
    ),
    figure(
      `${key}-cls-added`,
      `${page}: layout shift added`,
      '',
      each((w, x) => x.cls - w.cls),
      targets.clsAdded,
    ),
  ];
}
