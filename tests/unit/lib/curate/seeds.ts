import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildInput } from '@/lib/curate/build-pack';

/** The seed sources the bundled pack is built from, so the tests read the real captures. */
const SEEDS_DIR = fileURLToPath(new URL('../../../../lib/curate/seeds/', import.meta.url));

export const SEED_FILES = {
  aiTimeline: '000_1d68a5201edecc64.txt',
  mambaSeries: '001_34771ce0fe4bcfdf.txt',
  dailyPapers: '002_87554bb3c26d94d3.txt',
  datasetDump: '003_0b13b7f50963ea36.txt',
  weeklySummaries: '004_96253f064f9c45e2.txt',
} as const;

export function seed(name: string): string {
  return readFileSync(`${SEEDS_DIR}${name}`, 'utf8');
}

export function seedInput(): BuildInput {
  return {
    files: Object.values(SEED_FILES).map((name) => ({ name, text: seed(name) })),
    idsTable: seed('arxiv-ids.tsv'),
  };
}
