// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createListSession } from '@/entrypoints/content/list-session';
import { createPageState, type HostSlot } from '@/lib/page-view/page-state';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const IDS = ['2406.00001', '2406.00002', '2406.00003'];
const rows: HostSlot[] = IDS.map((id, key) => ({ key, role: 'row', id, title: `Paper ${id}`, container: document.createElement('span') }));

interface RankRequest {
  list: string;
  papers?: { id: string }[];
}

/** A background that holds a list's papers until `forget` is called, as a restarted service worker forgets them. */
function fakeBackground() {
  let held = new Map<string, { id: string }[]>();
  const requests: RankRequest[] = [];
  vi.mocked(sendMessage).mockImplementation((async (type: string, data: RankRequest) => {
    if (type === 'listOpened') return { seenBefore: [], dismissed: [] };
    if (type !== 'rankList') return undefined;
    requests.push(data);
    if (data.papers) held.set(data.list, data.papers);
    const papers = held.get(data.list);
    if (!papers) return { ranked: false, results: [], papersWanted: true };
    return { ranked: true, results: papers.map(({ id }, i) => ({ id, score: i / 10 + requests.length / 100, words: [], top: false })) };
  }) as typeof sendMessage);
  return { requests, forget: () => (held = new Map()) };
}

beforeEach(() => vi.mocked(sendMessage).mockReset());

describe("a list's ranking", () => {
  it('sends the papers once, names the list alone when ranked again, and sends them again when the background forgot them', async () => {
    const background = fakeBackground();
    const state = createPageState(DEFAULT_PREFERENCES);
    const session = createListSession(state);
    await session.open(rows);
    expect(state.marks().forYou.get(IDS[2]!)?.score).toBeCloseTo(0.22);
    await session.rerank();
    background.forget();
    const last = await session.rerank();
    // The list is named first each time; its papers go only when the background asks for them.
    expect(background.requests.map((r) => r.papers?.map((p) => p.id))).toEqual([undefined, IDS, undefined, undefined, IDS]);
    expect(new Set(background.requests.map((r) => r.list)).size).toBe(1);
    // The scores of the last ranking, the fifth request's.
    expect(last?.get(IDS[2]!)?.score).toBeCloseTo(0.25);
  });

  it('ranks again after the first ranking when the papers change while the list opens: the papers go once, the newer ranking lands last', async () => {
    const background = fakeBackground();
    const state = createPageState(DEFAULT_PREFERENCES);
    const session = createListSession(state);
    const opening = session.open(rows);
    const again = await session.rerank();
    await opening;
    expect(background.requests.map((r) => r.papers?.map((p) => p.id))).toEqual([undefined, IDS, undefined]);
    // The first ranking (the second request's scores) was shown before the rerank's (the third's).
    expect(state.marks().forYou.get(IDS[2]!)?.score).toBeCloseTo(0.22);
    expect(again?.get(IDS[2]!)?.score).toBeCloseTo(0.23);
  });

  it('reads nothing of the entries while the user has no papers to rank by', async () => {
    const requests: RankRequest[] = [];
    vi.mocked(sendMessage).mockImplementation((async (type: string, data: RankRequest) => {
      if (type === 'listOpened') return { seenBefore: [], dismissed: [] };
      if (type === 'rankList') requests.push(data);
      return { ranked: false, results: [] };
    }) as typeof sendMessage);
    const meta = vi.fn(() => ({ authors: ['A. Author'] }));
    const abstract = vi.fn(() => 'An abstract.');
    const state = createPageState(DEFAULT_PREFERENCES);
    const session = createListSession(state);
    await session.open(rows.map((row) => ({ ...row, meta, abstract })));
    await session.rerank();
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.papers === undefined)).toBe(true);
    expect(meta).not.toHaveBeenCalled();
    expect(abstract).not.toHaveBeenCalled();
    expect(state.marks().forYou.size).toBe(0);
  });
});
