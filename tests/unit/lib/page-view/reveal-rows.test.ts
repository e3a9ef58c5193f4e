// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '@/lib/page-view/list-filters';
import { createPageState, type HostSlot } from '@/lib/page-view/page-state';
import { createRowRevealer, WATCH_EVERY } from '@/lib/page-view/reveal-rows';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';
import { FakeIntersectionObserver } from '../../entrypoints/content/page';

/** A list's rows, each watched by its own entry element, keyed by its position; `crossListed` ones stand in the cross-lists. */
function rows(count: number, crossListed: (i: number) => boolean = () => false): HostSlot[] {
  return Array.from({ length: count }, (_, key) => {
    const dt = document.createElement('dt');
    return {
      key,
      role: 'row',
      id: `2406.${String(key).padStart(5, '0')}`,
      entry: [dt],
      watched: dt,
      section: crossListed(key) ? 'cross-list' : 'new',
    };
  });
}

/** A page showing these rows, and a revealer over it that records what it reveals. */
function revealerOver(list: HostSlot[]) {
  const state = createPageState(DEFAULT_PREFERENCES);
  state.setSlots(list);
  const revealed = new Set<number>();
  const revealer = createRowRevealer(state, (keys) => {
    keys.forEach((key) => revealed.add(key));
    state.reveal(keys);
  });
  return { state, revealer, revealed };
}

/** The rows revealed when the entries from `from` to `to` are near the viewport. */
async function revealedNear(list: HostSlot[], from: number, to: number): Promise<Set<number>> {
  nearOnly(list, from, to);
  const { revealer, revealed } = revealerOver(list);
  await revealer.sighted();
  revealer.disconnect();
  return revealed;
}

function nearOnly(list: HostSlot[], from: number, to: number): void {
  const near = new Set(list.slice(from, to + 1).map((row) => row.watched));
  FakeIntersectionObserver.near = (element) => near.has(element);
}

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

describe('createRowRevealer', () => {
  it('watches one entry in a few of a 2,000-entry list, not each of them', () => {
    void revealerOver(rows(2000)).revealer.sighted();
    expect(FakeIntersectionObserver.instances[0]!.watched.size).toBeLessThanOrEqual(2000 / WATCH_EVERY + 1);
  });

  it('wherever the reader is, every row near the viewport is revealed, and rows far from it are not', async () => {
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

  it('in a list filtered to one entry in 20, every entry shown near the viewport gets its row, none hidden does', async () => {
    const list = rows(400, (i) => i % 20 !== 7);
    const shown = list.filter((row) => row.section === 'new');
    // Hidden entries never intersect: only the shown ones from the 5th to the 9th are near.
    const near = new Set(shown.slice(4, 9).map((row) => row.watched));
    FakeIntersectionObserver.near = (element) => near.has(element);
    const { state, revealer, revealed } = revealerOver(list);
    state.setFilters({ ...NO_FILTERS, hideCrossLists: true });
    await revealer.sighted();
    for (const row of shown.slice(4, 9)) expect(revealed).toContain(row.key);
    for (const key of revealed) expect(list[key]!.section).toBe('new');
  });

  it('a filter taken off reveals the entries it brings into view near the reader', async () => {
    const list = rows(200, (i) => i % 10 !== 0);
    const { state, revealer, revealed } = revealerOver(list);
    state.setFilters({ ...NO_FILTERS, hideCrossLists: true });
    // Filtered, the screens around the reader hold the shown entries from 80 to 120.
    nearOnly(list, 80, 120);
    await revealer.sighted();
    expect([...revealed].filter((key) => key >= 100 && key <= 110).sort((a, b) => a - b)).toEqual([100, 110]);
    // Unfiltered, those from 100 to 110 fill them.
    nearOnly(list, 100, 110);
    state.setFilters(NO_FILTERS);
    await revealer.sighted();
    for (let i = 100; i <= 110; i++) expect(revealed, `row ${i}`).toContain(i);
  });

  it('rows the page takes out are watched no more; their neighbours still get theirs', async () => {
    const list = rows(40);
    nearOnly(list, WATCH_EVERY, 3 * WATCH_EVERY);
    const { state, revealer, revealed } = revealerOver(list);
    const kept = list.filter((row) => row.key !== 2 * WATCH_EVERY);
    state.setSlots(kept);
    await revealer.sighted();
    expect(FakeIntersectionObserver.instances[0]!.watched).not.toContain(list[2 * WATCH_EVERY]!.watched);
    for (let i = WATCH_EVERY; i <= 3 * WATCH_EVERY; i++) if (i !== 2 * WATCH_EVERY) expect(revealed).toContain(i);
  });
});
