import { sendMessage } from '@/lib/messaging';
import { ARXIV_HOSTS } from '@/lib/page-reading/dom';
import type { PageState } from '@/lib/page-view/page-state';

/** Ids per message: as many as arXiv's API answers in one request, which the background makes at arXiv's pace. */
const IDS_PER_MESSAGE = 100;

/** Rows drawn together (the first screens, then each scroll's) ask in one message. */
const GATHER_MS = 200;

/**
 * Asks the background for the abstracts of rows drawn without one and without a summary, so they
 * can show their key sentence: the rows drawn together in one message, each paper once. The
 * background answers the latest question first, so the screen the reader is at comes before those
 * passed. A paper it could not get an abstract for keeps its row as it was.
 *
 * Only arXiv's own pages ask: the background asks arXiv, which then learns nothing it did not serve
 * the reader already. Another site's list (Hugging Face's) would tell arXiv what the reader views there.
 */
export function createAbstractRequests(state: Pick<PageState, 'addAbstracts'>, hostname = location.hostname) {
  const onArxiv = ARXIV_HOSTS.includes(hostname);
  const asked = new Set<string>();
  let waiting: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  let stopped = false;

  async function ask(ids: string[]): Promise<void> {
    try {
      const answer = await sendMessage('abstracts', { ids });
      if (stopped || !answer) return;
      const texts: Record<string, string | null> = {};
      for (const id of ids) if (id in answer) texts[id] = answer[id]?.text ?? null;
      state.addAbstracts(texts);
    } catch (error) {
      // One word of it is enough: a background that cannot answer one message will not answer the next.
      if (!warned) console.warn('arXiv Lens: abstracts', error);
      warned = true;
    }
  }

  function send(): void {
    timer = undefined;
    const ids = waiting;
    waiting = [];
    for (let i = 0; i < ids.length; i += IDS_PER_MESSAGE) void ask(ids.slice(i, i + IDS_PER_MESSAGE));
  }

  return {
    want(id: string): void {
      if (!onArxiv || stopped || asked.has(id)) return;
      asked.add(id);
      waiting.push(id);
      timer ??= setTimeout(send, GATHER_MS);
    },
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      waiting = [];
    },
  };
}

export type AbstractRequests = ReturnType<typeof createAbstractRequests>;
