import { sendMessage } from '@/lib/messaging';
import { monthOfId } from '@/lib/arxiv/id-month';
import { idFromLink } from '@/lib/page-reading/dom';
import { PARSE_POLL_MS, parsedPast } from './first-screen';

/**
 * Follows one of arXiv's lists (`dt` entries) while it is parsed and tells the background a paper
 * of each month its entries reach, each month once, in one message a look: a subscribed sharded
 * feed's shards of those months are then on their way long before the parsed page's lookup asks
 * for them. A look reads only the abstract link of each entry the parser added since the last one,
 * in a task of its own; an entry still parsed is read once its link is in. It stops once the page
 * is parsed (its lookup names every entry at once), or once the background says it has no sharded
 * feed to fetch for, so a user without one pays for a few entries and one message.
 */
export function hintShardsWhileParsed(doc: Document, base: URL, stopped: () => boolean): Promise<void> {
  const entries = doc.getElementsByTagName('dt');
  const months = new Set<string>();
  let read = 0;
  let unwanted = false;
  return new Promise((resolve) => {
    const look = () => {
      if (unwanted || stopped() || doc.readyState !== 'loading') return resolve();
      const ids: string[] = [];
      for (; read < entries.length; read++) {
        const entry = entries[read]!;
        const link = entry.querySelector('a[title="Abstract"]');
        if (!link && !parsedPast(entry)) break;
        const id = idFromLink(link, base)?.id;
        const month = id && monthOfId(id);
        if (!month || months.has(month)) continue;
        months.add(month);
        ids.push(id);
      }
      // A hint lost costs only the wait it would have saved: the lookup asks for the same shards.
      if (ids.length > 0)
        sendMessage('prefetchShards', { ids }).then(
          (fetching) => (unwanted ||= !fetching),
          () => undefined,
        );
      setTimeout(look, PARSE_POLL_MS);
    };
    look();
  });
}
