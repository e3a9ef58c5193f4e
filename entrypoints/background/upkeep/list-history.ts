import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { pruneListHistory } from '@/lib/list-memory/list-history';

const PRUNE_ALARM = 'prune-list-history';
const PRUNE_MINUTES = 24 * 60;

function prune(): void {
  pruneListHistory(db).catch((error: unknown) => console.warn('arXiv Lens: the list history could not be pruned', error));
}

/**
 * The list history is pruned at every start of the background and once a day on an alarm, which
 * survives the service worker being stopped: a browser left open for weeks forgets on time too.
 */
export function setupListHistory(): void {
  prune();
  void browser.alarms.get(PRUNE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: PRUNE_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) prune();
  });
}
