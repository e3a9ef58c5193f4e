/**
 * The key sentence's quality on SciTLDR-A (allenai/scitldr, Apache-2.0): ROUGE F1 of the chosen
 * sentence against each paper's TLDRs (the best of them), averaged over the papers of dev and test,
 * beside the first sentence and the best single sentence (the oracle). The data is not in the repo:
 * `SCITLDR_DIR` names a folder holding SciTLDR-A's train.jsonl, dev.jsonl and test.jsonl.
 * Run alone: `SCITLDR_DIR=… npx tsx bench/scitldr.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { keySentence } from '../lib/summary/key-sentence';
import type { Figure } from './figure';
import { bestRouge, type Rouge } from './rouge';

export interface ScitldrPaper {
  source: string[];
  target: string[];
  title: string;
}

export type ScitldrSplit = 'train' | 'dev' | 'test';

/** What to do when the data is missing, in one line. */
export const SCITLDR_HOWTO =
  'SciTLDR bench skipped: set SCITLDR_DIR to a folder with SciTLDR-A train/dev/test.jsonl ' +
  '(git clone https://github.com/allenai/scitldr, then SCITLDR_DIR=scitldr/SciTLDR-Data/SciTLDR-A)';

export function scitldrDir(): string | undefined {
  const dir = process.env.SCITLDR_DIR;
  return dir && existsSync(join(dir, 'dev.jsonl')) ? dir : undefined;
}

export function loadScitldr(dir: string, split: ScitldrSplit): ScitldrPaper[] {
  return readFileSync(join(dir, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { source, target, title } = JSON.parse(line) as { source: string[]; target: string[]; title?: string };
      return { source, target, title: title ?? '' };
    });
}

/** The abstract as the product meets it: one string, for the splitter to find the sentences in. */
export function abstractOf(paper: ScitldrPaper): string {
  return paper.source.join(' ');
}

export interface SplitScores {
  papers: number;
  first: Rouge;
  oracle: Rouge;
  ours: Rouge;
}

function mean(scores: readonly Rouge[]): Rouge {
  const sum = (key: keyof Rouge) => (100 * scores.reduce((s, r) => s + r[key], 0)) / Math.max(1, scores.length);
  return { r1: sum('r1'), r2: sum('r2'), rl: sum('rl') };
}

/** Mean ROUGE (×100) of the first given sentence, the best given sentence per score, and ours. */
export function scoreSplit(papers: readonly ScitldrPaper[]): SplitScores {
  const first: Rouge[] = [];
  const oracle: Rouge[] = [];
  const ours: Rouge[] = [];
  for (const paper of papers) {
    const each = paper.source.map((sentence) => bestRouge(sentence, paper.target));
    first.push(each[0] ?? { r1: 0, r2: 0, rl: 0 });
    oracle.push({
      r1: Math.max(0, ...each.map((r) => r.r1)),
      r2: Math.max(0, ...each.map((r) => r.r2)),
      rl: Math.max(0, ...each.map((r) => r.rl)),
    });
    const chosen = keySentence(abstractOf(paper), paper.title);
    ours.push(chosen ? bestRouge(chosen.text, paper.target) : { r1: 0, r2: 0, rl: 0 });
  }
  return { papers: papers.length, first: mean(first), oracle: mean(oracle), ours: mean(ours) };
}

/** The target of the summary issue: the key sentence's ROUGE-1 on dev and on test. */
export const ROUGE1_TARGET = 38;

/**
 * (14) The key sentence on SciTLDR-A's dev and test splits, in Node; deterministic, so one sample
 * each. Without the data, one line says how to get it and there are no figures.
 */
export function measureScitldr(): Figure[] {
  const dir = scitldrDir();
  if (!dir) {
    console.log(SCITLDR_HOWTO);
    return [];
  }
  const figures: Figure[] = [];
  for (const split of ['dev', 'test'] as const) {
    const s = scoreSplit(loadScitldr(dir, split));
    const names = { r1: 'ROUGE-1', r2: 'ROUGE-2', rl: 'ROUGE-L' } as const;
    for (const key of ['r1', 'r2', 'rl'] as const) {
      const label = `14. key sentence, SciTLDR-A ${split} (${s.papers} papers), ${names[key]} F1`;
      figures.push({ key: `scitldr-${split}-first-${key}`, label: `${label}: first sentence`, unit: '%', samples: [s.first[key]] });
      figures.push({ key: `scitldr-${split}-oracle-${key}`, label: `${label}: best single sentence (oracle)`, unit: '%', samples: [s.oracle[key]] });
      figures.push({
        key: `scitldr-${split}-ours-${key}`,
        label: `${label}: ours`,
        unit: '%',
        samples: [s.ours[key]],
        ...(key === 'r1' ? { target: ROUGE1_TARGET, atLeast: true } : {}),
      });
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = scitldrDir();
  if (!dir) console.log(SCITLDR_HOWTO);
  else {
    console.log(`${'split'.padEnd(6)}${'picker'.padEnd(24)}${'R-1'.padStart(7)}${'R-2'.padStart(7)}${'R-L'.padStart(7)}`);
    for (const split of ['dev', 'test'] as const) {
      const s = scoreSplit(loadScitldr(dir, split));
      for (const [name, r] of [
        ['first sentence', s.first],
        ['oracle (best sentence)', s.oracle],
        ['ours', s.ours],
      ] as const) {
        console.log(`${split.padEnd(6)}${name.padEnd(24)}${r.r1.toFixed(1).padStart(7)}${r.r2.toFixed(1).padStart(7)}${r.rl.toFixed(1).padStart(7)}`);
      }
    }
  }
}
