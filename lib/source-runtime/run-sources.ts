import type { LensDB } from '../db/db';
import type { Fetcher } from '../net/fetch-document';
import { createHostPacer, type HostPacer } from '../net/host-pacer';
import { originHost, type SourceId } from '../sources/keys';
import { SOURCES } from '../sources';
import { SourceError } from '../source-apis/source-error';
import { clearSource, markSourceFailed } from './source-store';
import { ACCESS_WITHDRAWN } from './source-access';
import type { PaperSource, SourceContext, SourceTrigger } from '../sources/types';

/** The source was turned off while it worked: it stops before its next request, with nothing to report. */
class SourceTurnedOff extends Error {}

/** Sources of one host share its rate limit and its one connection (Hugging Face's two sources do). */
function hostOf(source: PaperSource): string {
  return originHost(source.origins[0]!);
}

export interface SourceRunnerDeps {
  db: LensDB;
  fetch?: Fetcher;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  sources?: readonly PaperSource[];
  /** The gate to each host, shared with whatever else asks the same hosts (the abstracts a page wants). */
  pacer?: HostPacer;
  /** Which sources are on, and the user's Semantic Scholar key: read at every trigger, as they change any time. */
  settings(): Promise<{ enabled: ReadonlySet<SourceId>; s2ApiKey?: string }>;
}

/**
 * Runs the sources in the background: each trigger goes to every source that is on, and the sources
 * of one host work through their triggers one at a time (never two requests in flight to a host),
 * paced by the host's rate limit. A source turned off stops before its next request, and what it had
 * brought is forgotten after its last write. A failure is stored as the source's last error; it
 * never reaches a page.
 */
export function createSourceRunner(deps: SourceRunnerDeps) {
  const sources = deps.sources ?? SOURCES;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pacer = deps.pacer ?? createHostPacer({ now, sleep });
  const queues = new Map<string, Promise<void>>();

  function enqueue(source: PaperSource, work: () => Promise<void>): Promise<void> {
    const host = hostOf(source);
    const next = (queues.get(host) ?? Promise.resolve()).then(work);
    queues.set(host, next);
    return next;
  }

  function contextFor(source: PaperSource, s2ApiKey: string | undefined): SourceContext {
    const host = hostOf(source);
    return {
      db: deps.db,
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      now,
      sleep,
      random: deps.random ?? Math.random,
      s2ApiKey,
      paced(intervalMs, request) {
        return pacer.run(host, intervalMs, 'background', async () => {
          if (!(await deps.settings()).enabled.has(source.id)) throw new SourceTurnedOff();
          return request();
        });
      },
    };
  }

  async function runOne(source: PaperSource, trigger: SourceTrigger, s2ApiKey: string | undefined): Promise<void> {
    try {
      await source.sync(contextFor(source, s2ApiKey), trigger);
    } catch (error) {
      if (error instanceof SourceTurnedOff) return;
      await markSourceFailed(deps.db, source.id, error, now()).catch(() => undefined);
    }
  }

  return {
    /** Resolves when every source that is on has done what the trigger called for. */
    async trigger(trigger: SourceTrigger): Promise<void> {
      const { enabled, s2ApiKey } = await deps.settings();
      await Promise.all(sources.filter((source) => enabled.has(source.id)).map((source) => enqueue(source, () => runOne(source, trigger, s2ApiKey))));
    },
    /**
     * A source was turned off: once its work under way has stopped, what it brought is forgotten.
     * One turned off because its access was `withdrawn` keeps a status that says so.
     */
    forget(id: SourceId, withdrawn = false): Promise<void> {
      const source = sources.find((s) => s.id === id)!;
      return enqueue(source, async () => {
        await clearSource(deps.db, id).catch(() => undefined);
        if (withdrawn) await markSourceFailed(deps.db, id, new SourceError(ACCESS_WITHDRAWN), now()).catch(() => undefined);
      });
    },
  };
}

export type SourceRunner = ReturnType<typeof createSourceRunner>;
