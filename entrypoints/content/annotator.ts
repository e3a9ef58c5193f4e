import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { detectPage, type PageDetector, type PagePaper } from '@/lib/pages';
import { mountLensRoot } from './lens-root';
import { createBarHost } from './list-bar-host';
import { lookupFor, lookupPapers } from '@/lib/page-view/ask-lookup';
import type { PageState } from '@/lib/page-view/page-state';
import { createPaperHosts } from './paper-hosts';
import { markFirstScreen, markReady } from './ready-marks';
import { createListSession } from './list-session';
import { createRowRevealer } from '@/lib/page-view/reveal-rows';
import { createTriageMode } from './triage-mode';
import { yieldToMain } from '@/lib/page-view/yield-to-main';
import { FIRST_ROWS, followParsedList } from '@/lib/page-view/first-screen';
import { createShardHints } from '@/lib/page-view/shard-hints';

/** Papers past which a list is long enough for its reading and its lookup to take a task each. */
const LONG_LIST = 200;

/** Rows rendered in one task while the page is parsed. */
const ROWS_PER_TASK = 4;

/** What the annotator needs of WXT's context: whether the extension is still there, and its end. */
export type Lifecycle = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated'>;

/**
 * Keeps the page's hosts in step with the papers on it: one pass per page load or route change
 * knows the new papers, keeps those still in place and removes the rest, so passes never
 * duplicate anything. Every paper is known at once (filters, order, triage and counts go over
 * them all); a row gets its host and is rendered when its entry first comes near the viewport,
 * once, so a 2,000-entry listing has hosts only where the reader is and never blocks the page.
 */
export function createAnnotator(ctx: Lifecycle, state: PageState) {
  let keys = 0;
  const nextKey = () => keys++;
  const hosts = createPaperHosts(nextKey);
  const bar = createBarHost(nextKey);
  /** A row's host goes in just before its first render. */
  const reveal = (keys: number[]) => {
    hosts.host(keys);
    state.reveal(keys);
  };
  const revealer = createRowRevealer(state, reveal);
  const triage = createTriageMode(state, reveal);
  /** The list's dealings with the background, once a bar shows the page is a list. */
  let list: ReturnType<typeof createListSession> | undefined;
  /**
   * Mounted with the first pass's hosts, not before: the UI subscribes to the page state in an
   * effect, which runs only after the browser's next frame, so a root mounted empty at start
   * rendered the abstract page's panel a frame and a timer after the pass had it.
   */
  let lens: ReturnType<typeof mountLensRoot> | undefined;
  const stopKeys = triage.listen(document);
  let papers: PagePaper[] = [];
  /** A list's months told to the background while it is parsed; its first pass tells the rest. */
  let shardHints: ReturnType<typeof createShardHints> | undefined;
  let running: Promise<void> = Promise.resolve();

  ctx.onInvalidated(() => {
    stopKeys();
    revealer.disconnect();
    lens?.unmount();
    hosts.removeAll();
    bar.remove();
  });

  const publish = () => {
    state.setSlots([...bar.slots(), ...hosts.slots()]);
    return (lens ??= mountLensRoot(state, triage));
  };

  /** Runs after any step under way, so two passes never interleave. */
  function serially(step: () => Promise<void>): Promise<void> {
    running = running.then(step, step);
    return running;
  }

  async function pass(early?: Promise<LookupResponse>): Promise<void> {
    const detector = detectPage(location.href);
    const enabled = detector && state.preferences().enabledKinds.includes(detector.kind);
    papers = enabled ? detector.findPapers(document, new URL(location.href)) : [];
    if (enabled) shardHints?.nameRest(papers);
    shardHints = undefined;
    hosts.removeStale(papers);
    bar.removeIfStale(papers.length > 0);
    // Reading a long list and sending its lookup are each tens of ms: in one task they held the page up.
    if (papers.length > LONG_LIST) await yieldToMain();
    const answer = lookupFor(papers, enabled ? detector.kind : undefined, early);
    const annotating = enabled && papers.length > 0;
    // A panel's host goes in while the background answers; it shows nothing until revealed.
    const fresh = annotating ? hosts.addNew(detector, papers) : [];
    state.setInfo(await answer);
    // A long list's answers taken in, its bar drawn over every entry, its papers told to the background: a task each.
    if (papers.length > LONG_LIST) await yieldToMain();
    if (ctx.isInvalid) return;
    const barSlot = annotating && detector.role === 'row' ? bar.mount(detector) : undefined;
    const panels = fresh.filter((slot) => slot.role !== 'row');
    state.reveal([...(barSlot ? [barSlot.key] : []), ...panels.map((slot) => slot.key)]);
    const root = publish();
    if (barSlot) {
      list = createListSession(state);
      if (papers.length > LONG_LIST) await yieldToMain();
      // Every row, those the first screen showed while the page was parsed among them.
      void list.open(hosts.slots());
    }
    await revealer.sighted();
    await root.renderedAll();
    markReady(hosts.count());
    state.setFirstPassDrawn();
  }

  /**
   * While a list is parsed: its first entries, as each is complete, are known, looked up (without
   * naming the page, which the full pass does) and their rows rendered, a few at a time, so the
   * reader sees the first screen annotated long before the page is parsed. The full pass keeps them.
   * The months the list's entries reach are told to the background meanwhile, for the shards its lookup will need.
   */
  async function firstScreen(preferencesKnown: Promise<void>): Promise<void> {
    const detector = detectPage(location.href);
    if (detector?.role !== 'row') return;
    const enabled = () => !ctx.isInvalid && state.preferences().enabledKinds.includes(detector.kind);
    void preferencesKnown.then(() => {
      if (!enabled()) return;
      shardHints = createShardHints(document, new URL(location.href));
      void shardHints.follow(() => !enabled());
    });
    let shown = preferencesKnown;
    await followParsedList(detector, document, new URL(location.href), FIRST_ROWS, (complete) => {
      shown = shown.then(() => showParsed(detector, complete));
    });
    await shown;
  }

  async function showParsed(detector: PageDetector, complete: PagePaper[]): Promise<void> {
    if (ctx.isInvalid || !state.preferences().enabledKinds.includes(detector.kind)) return;
    papers = complete;
    const fresh = hosts.addNew(detector, complete);
    const added = new Set(fresh.map((slot) => slot.watched));
    state.updateInfo(await lookupPapers(complete.filter((paper) => added.has(paper.entry?.[0] ?? paper.anchor))));
    // A few rows a task: a row's first render reads its abstract for the key sentence, and all of them at once was a long task.
    for (let i = 0; i < fresh.length; i += ROWS_PER_TASK) {
      if (i > 0) await yieldToMain();
      if (ctx.isInvalid) return;
      reveal(fresh.slice(i, i + ROWS_PER_TASK).map((slot) => slot.key));
      await publish().renderedAll();
      markFirstScreen();
    }
  }

  return {
    /** The first screen's rows while the page is parsed; a `run` after it keeps them. */
    firstScreen: (preferencesKnown: Promise<void>): Promise<void> => serially(() => firstScreen(preferencesKnown)),
    run: (early?: Promise<LookupResponse>): Promise<void> => serially(() => pass(early)),
    /**
     * The user's data changed elsewhere: ask again for the papers on the page (those `change.papers`
     * names, if it does), without remounting; and when the user's own papers changed, rank a list
     * again. Both answers are shown at once, so a 2,000-entry list is gone through once.
     */
    changed: (change: { papers?: readonly string[]; ranking: boolean }): Promise<void> =>
      serially(async () => {
        const named = change.papers && new Set(change.papers);
        const touched = named ? papers.filter((paper) => named.has(paper.id)) : papers;
        const [answer, forYou] = await Promise.all([
          touched.length > 0 ? lookupPapers(touched) : undefined,
          change.ranking ? list?.rerank() : undefined,
        ]);
        state.batch(() => {
          if (answer && named) state.updateInfo(answer);
          else if (answer) state.setInfo(answer);
          if (forYou) state.setMarks({ forYou });
        });
      }),
  };
}
