/**
 * Runs a step and records its time in the background's User Timing as `arxiv-lens:<name>`, which
 * DevTools' Performance panel shows and the bench reads. Only the last of each name is kept: a
 * service worker that runs for hours must not gather them.
 */
export async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  performance.clearMeasures(`arxiv-lens:${name}`);
  performance.measure(`arxiv-lens:${name}`, { start });
  return result;
}
