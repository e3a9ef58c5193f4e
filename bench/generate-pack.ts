/**
 * A pack of `count` papers, a short summary and a tag each, with distinct new-style ids over
 * several months; 100,000 of them stay under the 20 MB a single pack may weigh.
 */
const TOPICS = ['state space models', 'diffusion', 'alignment', 'quantization'];

export function generatePack(count: number) {
  const perMonth = 20_000;
  const papers = Array.from({ length: count }, (_, i) => {
    const month = 2401 + Math.floor(i / perMonth);
    const id = `${month}.${String((i % perMonth) + 1).padStart(5, '0')}`;
    return {
      id,
      title: `Bench paper ${i + 1}`,
      tags: [TOPICS[i % TOPICS.length]!],
      summaries: [{ source: 'Bench', text: `What ${id} does on ${TOPICS[i % TOPICS.length]}.` }],
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
