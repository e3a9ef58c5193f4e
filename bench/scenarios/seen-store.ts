// The seen store runs in the background; here it runs in Node, on the IndexedDB the unit tests use.
import 'fake-indexeddb/auto';
import { LensDB } from '../../lib/db/db';
import { createSeenStore } from '../../lib/list-memory/seen';
import { figure, type Figure } from '../figure';

const DAYS = 250;
const PER_DAY = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date(2025, 0, 2, 8, 0).getTime();

/** A deterministic generator, so every run stores the same year. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/**
 * A year of daily listings, about 500,000 distinct new ids: each announcement day's `PER_DAY` are
 * drawn from that day's stretch of its month's numbers, as a few categories' `/new` pages show them.
 */
function yearOfListings(): string[][] {
  const next = random(13);
  const perMonth = Math.ceil(DAYS / 12);
  const stretch = Math.round(PER_DAY * 1.4);
  return Array.from({ length: DAYS }, (_, day) => {
    const month = `25${String(1 + Math.floor(day / perMonth)).padStart(2, '0')}`;
    const first = 1 + (day % perMonth) * stretch;
    const numbers = new Set<number>();
    while (numbers.size < PER_DAY) numbers.add(first + Math.floor(next() * stretch));
    return [...numbers].map((n) => `${month}.${String(n).padStart(5, '0')}`);
  });
}

/** What the store holds on disk, as the bytes of its records written as JSON: the structured clone IndexedDB keeps is of that order. */
async function storedMegabytes(db: LensDB): Promise<number> {
  const records = await db.seenDays.toArray();
  return records.reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record)), 0) / 1e6;
}

/** (13) The seen store with a year of daily listings in it: reading it into memory, a page's lookup, a day's marking, its size. */
export async function measureSeenStore(runs: number): Promise<Figure[]> {
  const db = new LensDB(`bench-seen-${Date.now()}`);
  await db.open();
  const days = yearOfListings();
  const writer = createSeenStore(db);
  const marking: number[] = [];
  for (const [day, ids] of days.entries()) {
    const t0 = performance.now();
    await writer.markSeen(ids, START + day * DAY_MS);
    marking.push(performance.now() - t0);
  }
  const stored = await writer.size();
  // A page of 2,000: half seen on earlier days, half never.
  const page = [...days[DAYS - 1]!.slice(0, PER_DAY / 2), ...Array.from({ length: PER_DAY / 2 }, (_, i) => `2601.${String(i + 1).padStart(5, '0')}`)];
  const loads: number[] = [];
  const lookups: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const store = createSeenStore(db);
    const t0 = performance.now();
    await store.load();
    const t1 = performance.now();
    const seen = await store.seenBefore(page, START + DAYS * DAY_MS);
    const t2 = performance.now();
    if (seen.size !== PER_DAY / 2) throw new Error(`seen store answered ${seen.size} seen of ${PER_DAY / 2}`);
    // The first run warms the JIT up, as the background's first page would.
    if (run > 0) {
      loads.push(t1 - t0);
      lookups.push(t2 - t1);
    }
  }
  const size = await storedMegabytes(db);
  db.close();
  await db.delete();
  const thousands = `${Math.round(stored / 1000)},000`;
  return [
    figure('seen-load', `13. seen store: reading ${thousands} papers into memory`, 'ms', loads),
    figure('seen-lookup-2000', '13. seen store: which of a page of 2,000 were seen before', 'ms', lookups, 10),
    // The last days': the store nearly full, as it is most of the year.
    figure('seen-mark-day', `13. seen store: marking a day's ${PER_DAY.toLocaleString('en')} new papers`, 'ms', marking.slice(-runs)),
    figure('seen-size', `13. seen store: ${thousands} papers on disk (records as JSON)`, 'MB', [size]),
  ];
}
