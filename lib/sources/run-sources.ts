import type { LensDB } from '../store/db';
import type { Fetcher } from '../store/fetch-document';
import type { SourceId } from './keys';
import { SOURCES } from './index';
import { markSourceFailed } from './source-store';
import type { PaperSource, SourceContext, SourceTrigger } from './types';

export interface SourceRunnerDeps {
  db: LensDB;
  fetch?: Fetcher;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  sources?: readonly PaperSource[];
  /** Which sources are on, and the user's Semantic Scholar key: read at every trigger, as they change any time. */
  settings(): Promise<{ enabled: ReadonlySet<SourceId>; s2ApiKey?: string }>;
}

/**
 * Runs the sources in the background: each trigger goes to every source that is on, and each source
 * works through its triggers one at a time (so it never has two requests in flight), paced by its
 * own rate limit. A failure is stored as the source's last error; it never reaches a page.
 */
export function createSourceRunner(deps: SourceRunnerDeps) {
  const sources = deps.sources ?? SOURCES;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<SourceId, Promise<void>>();
  const lastRequest = new Map<SourceId, number>();

  function contextFor(id: SourceId, s2ApiKey: string | undefined): SourceContext {
    return {
      db: deps.db,
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      now,
      sleep,
      random: deps.random ?? Math.random,
      s2ApiKey,
      async paced(intervalMs, request) {
        const wait = (lastRequest.get(id) ?? -Infinity) + intervalMs - now();
        if (wait > 0) await sleep(wait);
        lastRequest.set(id, now());
        return request();
      },
    };
  }

  async function runOne(source: PaperSource, trigger: SourceTrigger, s2ApiKey: string | undefined): Promise<void> {
    try {
      await source.sync(contextFor(source.id, s2ApiKey), trigger);
    } catch (error) {
      await markSourceFailed(deps.db, source.id, error, now()).catch(() => undefined);
    }
  }

  return {
    /** Resolves when every source that is on has done what the trigger called for. */
    async trigger(trigger: SourceTrigger): Promise<void> {
      const { enabled, s2ApiKey } = await deps.settings();
      await Promise.all(
        sources
          .filter((source) => enabled.has(source.id))
          .map((source) => {
            const next = (queues.get(source.id) ?? Promise.resolve()).then(() => runOne(source, trigger, s2ApiKey));
            queues.set(source.id, next);
            return next;
          }),
      );
    },
  };
}

export type SourceRunner = ReturnType<typeof createSourceRunner>;
