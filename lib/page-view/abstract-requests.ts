import { sendMessage } from '@/lib/messaging';
import { ARXIV_HOSTS } from '@/lib/page-reading/dom';
import type { PageState } from '@/lib/page-view/page-state';

/** Ids per message: as many as arXiv's API answers in one request, which the background makes at arXiv's pace. */
const IDS_PER_MESSAGE = 100;

/** Rows drawn together (the first screens, then each scroll's) ask in one message. */
const GATHER_MS = 200;

/** The wait before asking again for an abstract the background could not get, doubled at each miss. */
export const RETRY_MS = 30_000;

/** Questions for one paper's abstract in all: the first, and the retries after misses. */
export const ASKS_PER_PAPER = 4;

/**
 * Asks the background for the abstracts of rows drawn without one and without a summary, so they
 * can show their key sentence: the rows drawn together in one message, each paper once. The
 * background answers the latest question first, so the screen the reader is at comes before those
 * passed. A paper it could not get an abstract for (arXiv failed, or was busy) keeps its row as it
 * was, and is asked for again a few times, each wait longer than the last, while a row of it is
 * drawn; one no longer drawn when its turn comes is asked for when it is drawn again.
 *
 * Only arXiv's own pages ask: the background asks arXiv, which then learns nothing it did not serve
 * the reader already. Another site's list (Hugging Face's) would tell arXiv what the reader views there.
 */
export function createAbstractRequests(state: Pick<PageState, 'addAbstracts' | 'firstPassDrawn'>, hostname = location.hostname) {
  const onArxiv = ARXIV_HOSTS.includes(hostname);
  /** Questions sent (or about to be) for each paper. */
  const asks = new Map<string, number>();
  /** The rows drawn of each paper now. */
  const drawn = new Map<string, number>();
  /** Papers whose retry came while none of their rows was drawn. */
  const due = new Set<string>();
  const retries = new Set<ReturnType<typeof setTimeout>>();
  let waiting: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Rows drawn before the page's first pass has drawn its own (a list's first rows, shown while it
   * is parsed) wait for it, and all ask together: asked for as they came, the first few took
   * arXiv's first turn and the rest of the screen waited for the next one.
   */
  let holding = true;
  void state.firstPassDrawn().then(() => {
    holding = false;
    if (!stopped && waiting.length > 0) timer = setTimeout(send, GATHER_MS);
  });
  let warned = false;
  let stopped = false;

  async function ask(ids: string[]): Promise<void> {
    try {
      const answer = (await sendMessage('abstracts', { ids })) ?? {};
      if (stopped) return;
      const texts: Record<string, string | null> = {};
      for (const id of ids) {
        if (id in answer) texts[id] = answer[id]?.text ?? null;
        else retryLater(id);
      }
      state.addAbstracts(texts);
    } catch (error) {
      // One word of it is enough: a background that cannot answer one message will not answer the next.
      if (!warned) console.warn('arXiv Lens: abstracts', error);
      warned = true;
    }
  }

  function retryLater(id: string): void {
    const sent = asks.get(id) ?? 0;
    if (sent >= ASKS_PER_PAPER) return;
    const retry = setTimeout(
      () => {
        retries.delete(retry);
        if (drawn.has(id)) queue(id);
        else due.add(id);
      },
      RETRY_MS * 2 ** (sent - 1),
    );
    retries.add(retry);
  }

  function queue(id: string): void {
    asks.set(id, (asks.get(id) ?? 0) + 1);
    waiting.push(id);
    if (timer === undefined && !holding) timer = setTimeout(send, GATHER_MS);
  }

  function send(): void {
    timer = undefined;
    const ids = waiting;
    waiting = [];
    for (let i = 0; i < ids.length; i += IDS_PER_MESSAGE) void ask(ids.slice(i, i + IDS_PER_MESSAGE));
  }

  return {
    /** A row of this paper is drawn without an abstract: asks for it, unless asked already. Returns its undrawing. */
    want(id: string): () => void {
      if (!onArxiv || stopped) return () => undefined;
      drawn.set(id, (drawn.get(id) ?? 0) + 1);
      if (!asks.has(id) || due.delete(id)) queue(id);
      return () => {
        const rows = (drawn.get(id) ?? 1) - 1;
        if (rows > 0) drawn.set(id, rows);
        else drawn.delete(id);
      };
    },
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      retries.forEach(clearTimeout);
      waiting = [];
    },
  };
}

export type AbstractRequests = ReturnType<typeof createAbstractRequests>;
