import { sendMessage } from '@/lib/messaging';
import { MESSAGE_LIMITS } from '@/lib/paper/limits';
import type { RankDoc } from '@/lib/ranking/types';
import type { ForYou, HostSlot, PageState } from '@/lib/page-view/page-state';
import { yieldToMain } from '@/lib/page-view/yield-to-main';

/** Entries read per step when gathering what the page shows for the ranking, with the page running between. */
const ENTRIES_PER_STEP = 250;

const warn = (error: unknown): undefined => {
  console.warn('arXiv Lens:', error);
  return undefined;
};

/** What the page shows of each paper (title, abstract, authors, categories), read in steps. */
async function pageDocs(rows: HostSlot[]): Promise<RankDoc[]> {
  const docs: RankDoc[] = [];
  for (let i = 0; i < rows.length; i += ENTRIES_PER_STEP) {
    if (i > 0) await yieldToMain();
    for (const row of rows.slice(i, i + ENTRIES_PER_STEP)) {
      const meta = row.meta?.() ?? {};
      const abstract = row.abstract?.()?.slice(0, MESSAGE_LIMITS.rankedAbstractChars);
      docs.push({
        id: row.id,
        ...(row.title ? { title: row.title } : {}),
        ...(abstract ? { abstract } : {}),
        ...(meta.authors ? { authors: meta.authors.slice(0, MESSAGE_LIMITS.rankedAuthors) } : {}),
        ...(meta.categories ? { categories: meta.categories } : {}),
      });
    }
  }
  return docs;
}

/**
 * The list's papers ranked against the user's own, in the background, as the rows' verdicts; none
 * when the user has too few papers. The list is named first; its papers are read and sent only when
 * the background wants them (the first time, or once it no longer holds them), so a user with no
 * models yet costs the page nothing: reading a long listing's entries takes its main thread's time.
 */
async function ranking(state: PageState, list: string, docs: () => Promise<RankDoc[]>): Promise<Map<string, ForYou> | undefined> {
  const url = location.href;
  let answer = await sendMessage('rankList', { url, list });
  if (answer.papersWanted) answer = await sendMessage('rankList', { url, list, papers: await docs() });
  if (!answer.ranked) return undefined;
  const before = state.marks().forYou;
  // A paper whose verdict did not change keeps its object, so its row does not render again.
  const same = (a: ForYou, b: ForYou) => a.score === b.score && a.top === b.top && a.tag === b.tag && a.words.join() === b.words.join();
  return new Map<string, ForYou>(
    answer.results.map(({ id, ...verdict }) => {
      const kept = before.get(id);
      return [id, kept && same(kept, verdict) ? kept : verdict];
    }),
  );
}

/**
 * A list page's dealings with the background: once its papers are mounted, it remembers them as
 * seen and answers which were seen before this visit, which the user set aside, and where triage
 * stopped today; then the papers are ranked for the user, and ranked again when the user's papers change.
 */
export function createListSession(state: PageState) {
  let rows: HostSlot[] = [];
  let docs: Promise<RankDoc[]> | undefined;
  // What the page shows of its papers does not change: read once, it serves every ranking.
  const readDocs = () => (docs ??= pageDocs(rows));
  const list = crypto.randomUUID();
  let opened: Promise<void> = Promise.resolve();
  const open = async () => {
    try {
      const answer = await sendMessage('listOpened', { url: location.href, ids: rows.map((row) => row.id) });
      state.setMarks({ seen: new Set(answer.seenBefore), dismissed: new Set(answer.dismissed) });
      if (answer.triage && !state.triageResume()) state.setTriageResume(answer.triage);
    } catch (error) {
      warn(error);
    }
    const forYou = await ranking(state, list, readDocs).catch(warn);
    if (forYou) state.setMarks({ forYou });
  };
  return {
    open(mounted: HostSlot[]): Promise<void> {
      rows = [...new Map(mounted.filter((slot) => slot.role === 'row').map((slot) => [slot.id, slot])).values()];
      if (rows.length > 0) opened = open();
      return opened;
    },
    /** The user's papers changed: the list ranked again by the new models, for the caller to show with the rest of the change. */
    async rerank(): Promise<Map<string, ForYou> | undefined> {
      if (rows.length === 0) return undefined;
      // After the first ranking, which may send the list's papers: two at once would send them twice, and the older answer could land last.
      await opened;
      return ranking(state, list, readDocs).catch(warn);
    },
  };
}
