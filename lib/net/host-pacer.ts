/**
 * Who is waiting: a reader waits on `page` requests (the abstracts of the rows on screen), nobody
 * on `background` ones (sources' syncs), so a page request takes the next free turn.
 */
export type PacedPriority = 'page' | 'background';

interface Waiting {
  intervalMs: number;
  priority: PacedPriority;
  /** Sends the request and settles its caller's promise; never rejects. */
  send: () => Promise<void>;
}

export interface HostPacerDeps {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The one gate to each host, shared by everything that asks it (sources and page requests): one
 * request at a time, each started no sooner than its interval after the previous one started. Of
 * those waiting, page requests go first, the newest of them first (it names what the reader sees
 * now); background requests go in the order they came.
 */
export function createHostPacer(deps: HostPacerDeps = {}) {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<string, Waiting[]>();
  const lastStart = new Map<string, number>();

  function chooseFrom(queue: Waiting[]): Waiting {
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.priority === 'page') return queue[i]!;
    return queue[0]!;
  }

  async function drain(host: string, queue: Waiting[]): Promise<void> {
    while (queue.length > 0) {
      const chosen = chooseFrom(queue);
      const wait = (lastStart.get(host) ?? -Infinity) + chosen.intervalMs - now();
      if (wait > 0) {
        await sleep(wait);
        // Chosen again: a page request may have come during the wait.
        continue;
      }
      queue.splice(queue.indexOf(chosen), 1);
      lastStart.set(host, now());
      await chosen.send();
    }
    queues.delete(host);
  }

  return {
    /** Runs `request` in its turn at `host`; settles as the request does. */
    run<T>(host: string, intervalMs: number, priority: PacedPriority, request: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const send = () => Promise.resolve().then(request).then(resolve, reject);
        const queue = queues.get(host);
        if (queue) {
          queue.push({ intervalMs, priority, send });
          return;
        }
        const started = [{ intervalMs, priority, send }];
        queues.set(host, started);
        void drain(host, started);
      });
    },
  };
}

export type HostPacer = ReturnType<typeof createHostPacer>;
