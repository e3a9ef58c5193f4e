import { summarize, type Figure } from './figure';

/** Prints each figure's median, min and max against its target and whether it is met, one line each; returns them summarized. */
export function printFigures(figures: readonly Figure[]) {
  const rows = figures.map((f) => {
    const s = summarize(f.samples);
    const met = f.target === undefined ? '' : (f.atLeast ? s.median >= f.target : s.median <= f.target) ? 'yes' : 'NO';
    return { ...f, ...s, met };
  });
  const fmt = (n: number, unit: Figure['unit']) => (unit === '' ? n.toFixed(3) : Math.abs(n) >= 100 && unit !== 'kB' ? n.toFixed(0) : n.toFixed(1));
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`${'figure'.padEnd(width)}  ${'median'.padStart(8)}  ${'min'.padStart(8)}  ${'max'.padStart(8)}  unit  ${'target'.padStart(7)}  met`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(width)}  ${fmt(r.median, r.unit).padStart(8)}  ${fmt(r.min, r.unit).padStart(8)}  ${fmt(r.max, r.unit).padStart(8)}  ${r.unit.padEnd(4)}  ${(r.target === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${r.target}`).padStart(7)}  ${r.met}`,
    );
  }
  return rows;
}
