import type { CDPSession } from 'playwright-core';

/** One event of a Chrome trace (the Trace Event Format), as much of it as the bench reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, on the trace's own clock. */
  ts: number;
  dur?: number;
  /** The thread's own time during the event (its CPU time), µs: what a busy machine's other work does not lengthen. */
  tdur?: number;
  args?: {
    name?: string;
    /** The V8 world a script event ran in: the page's, or an extension's isolated world. */
    worldId?: number;
    data?: { url?: string; documentLoaderURL?: string; isLoadingMainFrame?: boolean; stackTrace?: { url?: string }[] };
  };
}

/**
 * What the bench records: the main thread's tasks (`toplevel`), what ran in them with its script's
 * URL (`devtools.timeline`), and the navigation's milestones (`blink.user_timing`, `loading`).
 */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading', '__metadata'];

/** Starts a trace through a tab's DevTools session; the function it returns ends it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The renderer's main thread that loaded `url` in a main frame, and when its navigation started (trace µs). */
export function tabThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number; navigationStart: number } {
  const starts = events.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith(url),
  );
  const start = starts.at(-1);
  if (!start) throw new Error(`the trace has no main-frame navigation to ${url}`);
  return { pid: start.pid, tid: start.tid, navigationStart: start.ts };
}

/** The URL of the script an event ran, where the trace names one. */
const scriptUrl = (e: TraceEvent): string | undefined => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url;

/** The main thread of the one tab that ran the content script in the trace. */
export function contentScriptThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const ran = events.find((e) => scriptUrl(e)?.includes('/content-scripts/'));
  if (!ran) throw new Error('the content script did not run in the trace');
  return { pid: ran.pid, tid: ran.tid };
}

/** The thread's top-level tasks (each a turn of its event loop), in order. */
export function tasksOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }): TraceEvent[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.cat === 'toplevel' && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
}

/** Events that run script: evaluating one, and calling into it (callbacks, timers, events, messages). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);

/**
 * The thread's events that ran the extension's own scripts, outermost only: those whose URL is the
 * extension's, and the evaluation of a module in the extension's isolated world (the content
 * script's code is a module its loader imports; the trace names no URL for its evaluation).
 */
export function extensionScript(events: readonly TraceEvent[], thread: { pid: number; tid: number }): TraceEvent[] {
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const worlds = new Set(
    onThread.filter((e) => e.args?.worldId !== undefined && scriptUrl(e)?.startsWith('chrome-extension://')).map((e) => e.args!.worldId),
  );
  const ours = onThread
    .filter(
      (e) =>
        SCRIPT_EVENTS.has(e.name) &&
        (scriptUrl(e)?.startsWith('chrome-extension://') || (e.name === 'v8.evaluateModule' && worlds.has(e.args?.worldId))),
    )
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  for (const e of ours) {
    const last = outermost.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outermost.push(e);
  }
  return outermost;
}

/**
 * The tasks in which the extension's scripts ran, each as long as the part of it that is ours: the
 * whole task, less the page's HTML parsing in it (the early script, at `document_start`, runs inside
 * the parser's task: the parsing around it is the page's own work, the script is ours).
 */
export function tasksRunning(events: readonly TraceEvent[], tasks: readonly TraceEvent[], script: readonly TraceEvent[]): TraceEvent[] {
  const within = (outer: TraceEvent) => (e: TraceEvent) => e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0);
  const parsing = events.filter((e) => e.name === 'ParseHTML' && e.ph === 'X' && e.pid === tasks[0]?.pid && e.tid === tasks[0]?.tid);
  return tasks
    .filter((task) => script.some(within(task)))
    .map((task) => {
      const parsed = parsing.filter(within(task));
      const parseMs = totalMs(parsed) - totalMs(script.filter((s) => parsed.some((p) => within(p)(s))));
      return { ...task, tdur: (threadMs(task) - parseMs) * 1000 };
    });
}

/** An event's thread time (wall time where the trace has none), ms. */
export const threadMs = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** Total thread time of events, ms. */
export const totalMs = (events: readonly TraceEvent[]): number => events.reduce((sum, e) => sum + threadMs(e), 0);
