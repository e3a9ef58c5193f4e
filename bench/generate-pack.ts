const TOPICS = ['state space models', 'diffusion', 'alignment', 'quantization'];
/** The source of the pack's summaries. */
export const BENCH_PACK_SOURCE = 'Bench';
/** Above the most papers arXiv has listed in a month (about 25,000 in 2024). */
const FIRST_NUMBER = 50_001;

/**
 * A pack of `count` papers, a short summary and a tag each, with distinct new-style ids over
 * several months; 100,000 of them stay under the 20 MB a single pack may weigh. The ids are numbered
 * past any real paper of their months: `npm run bench` keeps the pack in the store for the scenarios
 * after its import, and a summary of it on a real paper (the bundled pack's) would rank before theirs.
 */
export function generatePack(count: number) {
  const perMonth = 20_000;
  const papers = Array.from({ length: count }, (_, i) => {
    const month = 2401 + Math.floor(i / perMonth);
    const id = `${month}.${String(FIRST_NUMBER + (i % perMonth)).padStart(5, '0')}`;
    return {
      id,
      title: `Bench paper ${i + 1}`,
      tags: [TOPICS[i % TOPICS.length]!],
      summaries: [{ source: BENCH_PACK_SOURCE, text: `What ${id} does on ${TOPICS[i % TOPICS.length]}.` }],
    };
  });
  return {
    format: 'arxiv-lens-pack',
    schemaVersion: 1,
    id: 'bench',
    name: 'Benchmark pack',
    version: `n${count}`,
    generatedAt: '2024-06-30',
    papers,
  };
}
