import { describe, expect, it } from 'vitest';
import { createHostPacer, type PacedPriority } from '@/lib/net/host-pacer';

/** A pacer on a fake clock: a wait only moves the clock; each request records when it started. */
function fakePacer() {
  const clock = { now: 1_000_000 };
  const started: { name: string; at: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const pacer = createHostPacer({
    now: () => clock.now,
    sleep: async (ms) => {
      clock.now += ms;
    },
  });
  const ask = (name: string, priority: PacedPriority, host = 'arxiv.org', intervalMs = 3_000) =>
    pacer.run(host, intervalMs, priority, async () => {
      started.push({ name, at: clock.now });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return name;
    });
  return { clock, started, ask, pacer, maxInFlight: () => maxInFlight };
}

describe('host pacer: one gate per host', () => {
  it('lets page requests waiting for a host go before background ones, the newest page request first', async () => {
    const p = fakePacer();
    const answers = await Promise.all([
      p.ask('batch 1', 'background'),
      p.ask('batch 2', 'background'),
      p.ask('batch 3', 'background'),
      p.ask('screen 1', 'page'),
      p.ask('screen 2', 'page'),
    ]);
    expect(answers).toEqual(['batch 1', 'batch 2', 'batch 3', 'screen 1', 'screen 2']);
    // The first was under way before the others came; then the reader's newest screen, and so on.
    expect(p.started.map((s) => s.name)).toEqual(['batch 1', 'screen 2', 'screen 1', 'batch 2', 'batch 3']);
  });

  it('starts requests to one host one at a time, each at least its interval after the one before', async () => {
    const p = fakePacer();
    await Promise.all([p.ask('a', 'background'), p.ask('b', 'page'), p.ask('c', 'background'), p.ask('d', 'page')]);
    const at = p.started.map((s) => s.at);
    expect(at.slice(1).map((t, i) => t - at[i]!)).toEqual([3_000, 3_000, 3_000]);
    expect(p.maxInFlight()).toBe(1);
  });

  it('keeps the interval across quiet spells, and waits only what is left of it', async () => {
    const p = fakePacer();
    await p.ask('a', 'background');
    p.clock.now += 1_000;
    await p.ask('b', 'page');
    p.clock.now += 10_000;
    await p.ask('c', 'page');
    const at = p.started.map((s) => s.at);
    expect([at[1]! - at[0]!, at[2]! - at[1]!]).toEqual([3_000, 10_000]);
  });

  it('paces each host on its own', async () => {
    const p = fakePacer();
    await Promise.all([p.ask('arxiv', 'background'), p.ask('hf', 'background', 'huggingface.co', 600)]);
    expect(p.started[1]!.at).toBe(p.started[0]!.at);
  });

  it('passes a failed request on to its caller and goes on with the next', async () => {
    const p = fakePacer();
    const failing = p.pacer.run('arxiv.org', 3_000, 'page', () => Promise.reject(new Error('offline')));
    const next = p.ask('next', 'background');
    await expect(failing).rejects.toThrow('offline');
    await expect(next).resolves.toBe('next');
  });
});
