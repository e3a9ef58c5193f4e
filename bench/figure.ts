/** One measured figure: the samples of several runs, summarized by their median, min and max. */
export interface Figure {
  key: string;
  label: string;
  /** '' for a score without a unit (layout shift). */
  unit: 'ms' | 'kB' | 'MB' | '%' | '×' | '';
  samples: number[];
  /** The figure's median must be at most this, or at least this when `atLeast`. */
  target?: number;
  atLeast?: boolean;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function figure(key: string, label: string, unit: Figure['unit'], samples: number[], target?: number): Figure {
  return { key, label, unit, samples, target };
}
