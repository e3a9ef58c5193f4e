import { sendMessage } from '@/lib/messaging';
import { monthOfId } from '@/lib/arxiv/id-month';
import { idFromLink } from '@/lib/page-reading/dom';
import { PARSE_POLL_MS, parsedPast } from './first-screen';

/**
 * Tells the background a paper of each month one of arXiv's lists (`dt` entries) reaches, each
 * month once, while the list is parsed and as soon as it is: a subscribed sharded feed's shards of
 * those months are then on their way long before the parsed page's lookup asks for them. The first
 * message names the first entry's month alone, and nothing more is read until the background
 * answers that it has a sharded feed to fetch for: a user without one pays for one entry and one
 * message.
 */
export function createShardHints(doc: Document, base: URL) {
  const entries = doc.getElementsByTagName('dt');
  const months = new Set<string>();
  let read = 0;
  /** Whether the background fetches shards for a list: unknown until its first answer. */
  let fetching: boolean | undefined;

  /** The ids of months not named before, one a month. */
  function newMonths(ids: Iterable<string>): string[] {
    const fresh: string[] = [];
    for (const id of ids) {
      const month = monthOfId(id);
      if (!month || months.has(month)) continue;
      months.add(month);
      fresh.push(id);
    }
    return fresh;
  }

  function tell(ids: string[]): void {
    if (ids.length === 0) return;
    // A hint lost costs only the wait it would have saved: the lookup asks for the same shards.
    sendMessage('prefetchShards', { ids }).then(
      (answer) => (fetching = fetching !== false && answer),
      () => undefined,
    );
  }

  /** The ids of (at most `limit`) entries the parser added since the last look; an entry still parsed is read once its link is in. */
  function parsedIds(limit = Infinity): string[] {
    const ids: string[] = [];
    for (; read < entries.length && ids.length < limit; read++) {
      const entry = entries[read]!;
      const link = entry.querySelector('a[title="Abstract"]');
      if (!link && !parsedPast(entry)) break;
      const id = idFromLink(link, base)?.id;
      if (id) ids.push(id);
    }
    return ids;
  }

  return {
    /**
     * Follows the list while it is parsed, a look a task, each reading only the abstract links of
     * the entries added since the last one. Resolves once the page is parsed, or `stopped`.
     */
    follow(stopped: () => boolean): Promise<void> {
      return new Promise((resolve) => {
        const look = () => {
          if (fetching === false || stopped() || doc.readyState !== 'loading') return resolve();
          if (fetching) tell(newMonths(parsedIds()));
          // Nothing named yet: the first paper with a month, alone, until the background answers.
          else if (months.size === 0) tell(newMonths(parsedIds(1)));
          setTimeout(look, PARSE_POLL_MS);
        };
        look();
      });
    },
    /**
     * The parsed page's papers, as its first pass knows them: the months the looks did not reach
     * are told at once, ahead of the lookup that reads the entries' titles first.
     */
    nameRest(papers: readonly { id: string }[]): void {
      if (fetching) tell(newMonths(papers.map((paper) => paper.id)));
    },
  };
}
