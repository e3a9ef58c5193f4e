// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostSlot, MountedHost } from '@/lib/page-view/page-state';
import { createRowRevealer, WATCH_EVERY } from '@/lib/page-view/reveal-rows';
import { FakeIntersectionObserver } from '../../entrypoints/content/page';

/** A list's rows, each watched by its own entry element, keyed by its position. */
function rows(count: number): MountedHost[] {
  return Array.from({ length: count }, (_, key) => {
    const entry = document.createElement('dt');
    return { slot: { key } as HostSlot, element: document.createElement('arxiv-lens'), watched: entry };
  });
}

/** The rows a revealer shows when the entries from `from` to `to` are near the viewport. */
async function revealedNear(list: MountedHost[], from: number, to: number, forgotten: number[] = []): Promise<Set<number>> {
  const near = new Set(list.slice(from, to + 1).map((row) => row.watched));
  FakeIntersectionObserver.near = (element) => near.has(element);
  const revealed = new Set<number>();
  const revealer = createRowRevealer((keys) => keys.forEach((key) => revealed.add(key)));
  const sighted = revealer.watch(list);
  for (const i of forgotten) revealer.forget(list[i]!.watched);
  await sighted;
  revealer.disconnect();
  return revealed;
}

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

describe('createRowRevealer', () => {
  it('watches one entry in a few of a 2,000-entry list, not each of them', () => {
    const list = rows(2000);
    createRowRevealer(() => undefined).watch(list);
    expect(FakeIntersectionObserver.instances[0]!.watched.size).toBeLessThanOrEqual(2000 / WATCH_EVERY + 1);
  });

  it('wherever the reader is, every row near the viewport renders, and rows far from it do not', async () => {
    const list = rows(57);
    for (let from = 0; from + WATCH_EVERY < list.length; from++) {
      const to = from + WATCH_EVERY;
      const revealed = await revealedNear(list, from, to);
      for (let i = from; i <= to; i++) expect(revealed, `row ${i} near entries ${from} to ${to}`).toContain(i);
      for (const key of revealed) expect(key).toBeGreaterThanOrEqual(from - 2 * WATCH_EVERY);
      for (const key of revealed) expect(key).toBeLessThanOrEqual(to + 2 * WATCH_EVERY);
    }
  });

  it('reveals the rows of a list shorter than the watched spacing', async () => {
    expect([...(await revealedNear(rows(1), 0, 0))]).toEqual([0]);
    expect([...(await revealedNear(rows(3), 2, 2))].sort()).toEqual([0, 1, 2]);
  });

  it("a row taken off the page leaves its neighbours' rows to render", async () => {
    const list = rows(40);
    const revealed = await revealedNear(list, 2 * WATCH_EVERY - WATCH_EVERY, 2 * WATCH_EVERY + WATCH_EVERY, [2 * WATCH_EVERY]);
    for (let i = WATCH_EVERY; i <= 3 * WATCH_EVERY; i++) if (i !== 2 * WATCH_EVERY) expect(revealed).toContain(i);
  });
});
