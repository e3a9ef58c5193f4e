import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PackSchema } from '../pack/schema';
import { buildPack, formatPack, type BuildReport } from './build-pack';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `usage: npm run curate -- [--seeds DIR] [--out FILE]
  --seeds DIR   the seed sources: every *.txt file and arxiv-ids.tsv (default lib/curate/seeds)
  --out FILE    the pack to write (default public/packs/core.json)
Relative paths are taken from the repository root, wherever the command is run from.`;

/** Seeds are UTF-8; anything else would turn into mojibake of our own making, so it stops the run. */
function readUtf8(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text`);
  }
}

function readSeeds(dir: string) {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch (error) {
    throw new Error(`cannot read the seeds directory ${dir}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new Error(`${dir} holds no *.txt seed source`);
  return {
    files: names.map((name) => ({ name, text: readUtf8(join(dir, name)) })),
    idsTable: readUtf8(join(dir, 'arxiv-ids.tsv')),
  };
}

function formatReport(report: BuildReport): string {
  const lines: string[] = ['Sources:'];
  for (const source of report.sources) {
    lines.push(`  ${source.file}  ${source.source}: ${source.entries} entries, ${source.skipped.length} skipped`);
    for (const skipped of source.skipped) lines.push(`    skipped "${skipped.entry}": ${skipped.reason}`);
    for (const warning of source.warnings) lines.push(`    warning: ${warning}`);
  }
  const entries = report.sources.reduce((sum, source) => sum + source.entries, 0);
  const { text, tsv, abstract } = report.idsFrom;
  lines.push(
    `Ids: ${text + tsv + abstract} of ${entries} entries resolved: ${text} from the source text, ` +
      `${tsv} from arxiv-ids.tsv, ${abstract} by abstract match`,
    `  ${report.entriesWithoutId} entries without id, ${report.notOnArxiv} of them listed as not on arXiv`,
  );
  for (const ambiguous of report.ambiguousAbstracts) lines.push(`  abstract matches several papers, left without id: ${ambiguous}`);
  lines.push(`Papers: ${report.papers} (${report.mergedEntries} entries merged into a paper another entry started)`);
  for (const merged of report.mergedPapers) lines.push(`  ${merged.paper}: ${merged.sources.join(' + ')}`);
  lines.push(
    `Papers without id: ${report.papersWithoutId}`,
    `Tags: ${report.fallbackTags} papers matched no source label or taxonomy rule and fell back to the general tag`,
  );
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { seeds: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seedsDir = resolve(REPO, values.seeds ?? 'lib/curate/seeds');
  const outPath = resolve(REPO, values.out ?? 'public/packs/core.json');

  const { pack, report } = buildPack(readSeeds(seedsDir));
  const valid = PackSchema.parse(pack);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, formatPack(valid));

  console.log(`Seeds: ${seedsDir}`);
  console.log(formatReport(report));
  console.log(
    `Wrote ${relative(REPO, outPath) || outPath}: ${valid.papers.length} papers, version ${valid.version}, generatedAt ${valid.generatedAt}`,
  );
}

try {
  main();
} catch (error) {
  const badArguments = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
  const message =
    error instanceof z.ZodError ? `the pack does not validate:\n${z.prettifyError(error)}` : error instanceof Error ? error.message : String(error);
  console.error(`curate: ${message}${badArguments ? `\n\n${USAGE}` : ''}`);
  process.exitCode = 1;
}
