/**
 * `npx tsx bench/summary-coverage.ts`, after `ARXIV_LENS_OPEN_ROOTS=1 npx wxt build`: figure 15 of the bench alone (the
 * summary lines' coverage and arrival), `BENCH_RUNS` runs (3 unless told).
 */
import { launchExtension } from '../tests/e2e/support/harness';
import { printFigures } from './print-figures';
import { measureSummaryCoverage } from './scenarios/summary-coverage';

const ext = await launchExtension();
try {
  printFigures(await measureSummaryCoverage(ext, Number(process.env.BENCH_RUNS ?? 3)));
} finally {
  await ext.close();
}
