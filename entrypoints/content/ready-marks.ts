/**
 * Marks the end of a pass on `<html>`, per the DOM contract that tests, the benchmark and
 * automation wait on: how many paper hosts the page has, and when the pass finished.
 */
export function markReady(paperHosts: number): void {
  const html = document.documentElement;
  html.dataset.arxivLensReady = String(paperHosts);
  html.dataset.arxivLensMs = String(performance.now());
}

/**
 * Marks on `<html>` when the rows of a list's first screen were rendered while the page was still
 * parsed, before the first pass ends (`data-arxiv-lens-ready`).
 */
export function markFirstScreen(): void {
  document.documentElement.dataset.arxivLensFirstScreenMs = String(performance.now());
}
