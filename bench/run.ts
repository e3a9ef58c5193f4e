/**
 * `npm run bench`: the built extension in headless Chromium, on the largest inputs it meets.
 * Prints each figure's median, min and max over `BENCH_RUNS` runs (7 unless told) against its
 * target, and writes bench/results.json; `BENCH_ONLY` names the scenarios to run (the steps below).
 * Not part of `npm test`: machines are shared and timings are noisy.
 */
import { writeFileSync } from 'node:fs';
import { launchExtension } from '../tests/e2e/support/harness';
import { type Figure } from './figure';
import { printFigures } from './print-figures';
import { measureAbstractPage } from './scenarios/abstract-page';
import { measureForYou } from './scenarios/for-you';
import { measureBigListing, measureNewListing } from './scenarios/big-listing';
import { measureLookup } from './scenarios/lookup';
import { measureNetworkBaseline } from './scenarios/network-baseline';
import { measurePackImport } from './scenarios/pack-import';
import { measurePopup } from './scenarios/popup';
import { measureRanking } from './scenarios/ranking-quality';
import { measureScitldr } from './scitldr';
import { measureSeenStore } from './scenarios/seen-store';
import { measureShardedFeed } from './scenarios/sharded-feed';
import { measureSizes } from './scenarios/sizes';
import { measureSourceMerge } from './scenarios/source-merge';
import { measureSummaryCoverage } from './scenarios/summary-coverage';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** `BENCH_ONLY=abstract-page,new-listing`: those scenarios alone (the pack import too when they need its papers). */
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const chosen = (name: string) => !ONLY || ONLY.includes(name);
/** The scenarios that read the pack import's papers. */
const NEED_IDS = ['big-listing', 'lookup', 'popup', 'for-you'];

const figures: Figure[] = [];
const failures: string[] = [];
// A scenario that fails is reported with the others' figures, not in place of them.
const named = new Set<string>();
const step = async (name: string, work: () => Promise<Figure[]> | Figure[], run = chosen(name)) => {
  named.add(name);
  if (!run) return;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    figures.push(...(await work()));
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
};
// The network baseline's page (arxiv.org, routed) asks a server on 127.0.0.1: let Chrome's
// local-network checks allow it, as a deployed server would not be local in the first place.
const ext = await launchExtension({ args: ['--disable-features=LocalNetworkAccessChecks'] });
try {
  await step('abstract-page', () => measureAbstractPage(ext, RUNS));
  let ids: string[] = [];
  await step(
    'pack-import',
    async () => {
      const result = await measurePackImport(ext, IMPORT_RUNS);
      ids = result.ids;
      return result.figures;
    },
    chosen('pack-import') || NEED_IDS.some(chosen),
  );
  await step('big-listing', () => measureBigListing(ext, RUNS, ids));
  await step('new-listing', () => measureNewListing(ext, RUNS));
  await step('lookup', () => measureLookup(ext, RUNS, ids));
  await step('popup', () => measurePopup(ext, RUNS, ids));
  await step('network-baseline', () => measureNetworkBaseline(ext, RUNS));
  await step('sizes', () => measureSizes());
  await step('source-merge', () => measureSourceMerge(ext, RUNS));
  await step('for-you', () => measureForYou(ext, RUNS, ids));
  // Each run of the feed imports twelve shards (136,536 papers), as long as an import: as few runs as the pack import.
  await step('sharded-feed', () => measureShardedFeed(ext, IMPORT_RUNS));
  await step('summary-coverage', () => measureSummaryCoverage(ext, RUNS));
} finally {
  await ext.close();
}
// In Node, as the proxy for the background: the ranking's speed and quality, and the seen store at a year's scale.
await step('ranking', () => measureRanking(RUNS));
await step('seen-store', () => measureSeenStore(RUNS));
// The key sentence's quality on SciTLDR-A, when SCITLDR_DIR names the data (otherwise one line says how to get it).
await step('scitldr', () => measureScitldr());

for (const name of ONLY ?? []) if (!named.has(name)) failures.push(`${name}: no such scenario (BENCH_ONLY)`);

const rows = printFigures(figures);
for (const failure of failures) console.log(`FAILED ${failure}`);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, failures, figures: rows.map(({ samples, ...r }) => ({ ...r, samples: samples.map((v) => Math.round(v * 10_000) / 10_000) })) }, null, 2)}\n`,
);
if (failures.length > 0) process.exitCode = 1;
