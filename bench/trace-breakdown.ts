/**
 * Prints where a kept page load's main-thread work went (`BENCH_TRACE_DIR` keeps them):
 * `npx tsx bench/trace-breakdown.ts <trace.json> [page URL]`. One line per task of the tab's main
 * thread from navigation start through `AFTER_LOAD_MS` after load, with its thread time, whether the
 * bench counts it as ours, and its outermost events (scripts by file, style, layout, paint); then the
 * window's total by event name. The figures say how much; this says where, to choose what to cut.
 */
import { readFileSync } from 'node:fs';
import { AFTER_LOAD_MS } from './page-cost';
import { extensionScript, tabThread, tasksOf, tasksRunning, threadMs, totalMs, type TraceEvent } from './trace';

const [file, url = 'https://arxiv.org/abs/2405.20519'] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/trace-breakdown.ts <trace.json> [page URL]');
const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const thread = tabThread(events, url);
const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && !e.cat.startsWith('toplevel'));
const load = events.find((e) => e.name === 'MarkLoad' && e.pid === thread.pid)?.ts ?? Infinity;
const end = load + AFTER_LOAD_MS * 1000;
const tasks = tasksOf(events, thread).filter((t) => t.ts >= thread.navigationStart && t.ts < end);
const ours = new Set(tasksRunning(events, tasks, extensionScript(events, thread)).map((t) => t.ts));
const inside = (task: TraceEvent) => onThread.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
const label = (e: TraceEvent) => {
  const script = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url;
  return script ? `${e.name}[${script.replace(/^[a-z-]+:\/\/[^/]+/, '')}]` : e.name;
};

const byName = new Map<string, number>();
for (const task of tasks) {
  const events = inside(task).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of events) byName.set(e.name, (byName.get(e.name) ?? 0) + threadMs(e));
  if (threadMs(task) < 0.5) continue;
  const outermost: TraceEvent[] = [];
  for (const e of events) if (!outermost.some((o) => e.ts < o.ts + (o.dur ?? 0))) outermost.push(e);
  const at = ((task.ts - thread.navigationStart) / 1000).toFixed(0).padStart(6);
  const parts = outermost.filter((e) => threadMs(e) >= 0.1).map((e) => `${label(e)} ${threadMs(e).toFixed(1)}`);
  console.log(`${at} ms ${threadMs(task).toFixed(1).padStart(6)} ${ours.has(task.ts) ? 'ours' : '    '}  ${parts.join(', ')}`);
}
console.log(`total ${totalMs(tasks).toFixed(1)} ms in ${tasks.length} tasks; load at ${((load - thread.navigationStart) / 1000).toFixed(0)} ms`);
for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
