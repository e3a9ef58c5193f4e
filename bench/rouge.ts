/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 on lower-cased `[a-z0-9]+` word tokens, without stemming or
 * stopword removal: the few lines the SciTLDR bench needs, so that its tokenization is ours to state.
 */

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[b.length]!;
}

/** Scores of `candidate` against one reference. */
export function rouge(candidate: readonly string[], reference: readonly string[]): Rouge {
  return {
    r1: rougeN(candidate, reference, 1),
    r2: rougeN(candidate, reference, 2),
    rl: f1(lcsLength(candidate, reference), candidate.length, reference.length),
  };
}

/** Each score at its best over the references (SciTLDR's several TLDRs per paper), each taken on its own. */
export function bestRouge(candidate: string, references: readonly string[]): Rouge {
  const c = rougeTokens(candidate);
  const best: Rouge = { r1: 0, r2: 0, rl: 0 };
  for (const reference of references) {
    const s = rouge(c, rougeTokens(reference));
    best.r1 = Math.max(best.r1, s.r1);
    best.r2 = Math.max(best.r2, s.r2);
    best.rl = Math.max(best.rl, s.rl);
  }
  return best;
}
