// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ASKS_PER_PAPER, createAbstractRequests, RETRY_MS } from '@/lib/page-view/abstract-requests';
import { sendMessage, type AbstractAnswer } from '@/lib/messaging';
import { CROCI_ABSTRACT } from '../../helpers/abstracts';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

/** What the fake background has: the ids it can answer, the rest left out as arXiv failed for them. */
let held: Record<string, AbstractAnswer> = {};
let shown: Record<string, string | null> = {};
const asked = () => vi.mocked(sendMessage).mock.calls.map(([, data]) => (data as { ids: string[] }).ids);

/** The abstracts asked for on a page (`hostname`) whose first pass has drawn its rows once `firstPassDrawn` resolves. */
function open(hostname = 'arxiv.org', firstPassDrawn = Promise.resolve()) {
  return createAbstractRequests({ addAbstracts: (texts) => (shown = { ...shown, ...texts }), firstPassDrawn: () => firstPassDrawn }, hostname);
}

/** Past the gathering of rows drawn together, and the answer. */
const settle = () => vi.advanceTimersByTimeAsync(1_000);
/** Past the wait before the `n`th retry. */
const untilRetry = (n: number) => vi.advanceTimersByTimeAsync(RETRY_MS * 2 ** (n - 1));

beforeEach(() => {
  vi.useFakeTimers();
  held = {};
  shown = {};
  vi.mocked(sendMessage).mockReset();
  vi.mocked(sendMessage).mockImplementation((async (_type: string, data: { ids: string[] }) =>
    Object.fromEntries(data.ids.flatMap((id) => (id in held ? [[id, held[id]]] : [])))) as typeof sendMessage);
});
afterEach(() => vi.useRealTimers());

describe('abstracts the background could not get', () => {
  it('are asked for again while their row is drawn, and the row gets its abstract when arXiv answers', async () => {
    held = { '2407.00001': { text: 'Known at once.' }, '2407.00003': null };
    const requests = open();
    ['2407.00001', '2407.00002', '2407.00003'].forEach((id) => requests.want(id));
    await settle();
    expect(asked()).toEqual([['2407.00001', '2407.00002', '2407.00003']]);
    expect(shown).toEqual({ '2407.00001': 'Known at once.', '2407.00003': null });

    held['2407.00002'] = { text: CROCI_ABSTRACT };
    await untilRetry(1);
    await settle();
    // Only the one left out is asked again: an answer, even arXiv's "no such paper", is final.
    expect(asked()).toEqual([['2407.00001', '2407.00002', '2407.00003'], ['2407.00002']]);
    expect(shown['2407.00002']).toBe(CROCI_ABSTRACT);
    await untilRetry(4);
    expect(asked()).toHaveLength(2);
  });

  it('are asked for a bounded number of times, each wait longer than the last', async () => {
    const requests = open();
    requests.want('2407.00002');
    await settle();
    for (let retry = 1; retry < ASKS_PER_PAPER; retry++) {
      await vi.advanceTimersByTimeAsync(RETRY_MS * 2 ** (retry - 1) - 1_000);
      expect(asked()).toHaveLength(retry);
      await settle();
      expect(asked()).toHaveLength(retry + 1);
    }
    await untilRetry(ASKS_PER_PAPER + 2);
    requests.want('2407.00002');
    await settle();
    expect(asked()).toHaveLength(ASKS_PER_PAPER);
    expect(shown).toEqual({});
  });

  it('are not asked for while no row of them is drawn, and are asked for once one is drawn again', async () => {
    const requests = open();
    const undraw = requests.want('2407.00002');
    await settle();
    undraw();
    await untilRetry(1);
    await settle();
    expect(asked()).toHaveLength(1);
    held['2407.00002'] = { text: CROCI_ABSTRACT };
    requests.want('2407.00002');
    await settle();
    expect(asked()).toEqual([['2407.00002'], ['2407.00002']]);
    expect(shown['2407.00002']).toBe(CROCI_ABSTRACT);
  });

  it('are not asked for again once the page is left', async () => {
    const requests = open();
    requests.want('2407.00002');
    await settle();
    requests.stop();
    await untilRetry(ASKS_PER_PAPER);
    expect(asked()).toHaveLength(1);
  });

  it('are never asked for from another site than arXiv', async () => {
    const requests = open('huggingface.co');
    requests.want('2407.00002');
    await untilRetry(1);
    expect(asked()).toEqual([]);
  });
});

describe('rows drawn while a list is parsed', () => {
  it("ask for their abstracts with the first pass's rows, so one turn of arXiv serves the first screen", async () => {
    let passDrawn!: () => void;
    const requests = open('arxiv.org', new Promise((resolve) => (passDrawn = resolve)));
    requests.want('2407.00001');
    await settle();
    requests.want('2407.00002');
    await settle();
    expect(asked()).toEqual([]);
    requests.want('2407.00003');
    passDrawn();
    requests.want('2407.00004');
    await settle();
    expect(asked()).toEqual([['2407.00001', '2407.00002', '2407.00003', '2407.00004']]);
  });
});
