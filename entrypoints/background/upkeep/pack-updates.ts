import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { importBundledPack, refreshAllSubscriptions } from '@/lib/pack-store/subscriptions';

const REFRESH_ALARM = 'refresh-subscriptions';
const REFRESH_MINUTES = 6 * 60;

let bundledReady: Promise<unknown> = Promise.resolve();

/** Lookups wait for this, so the first page after an install or update already sees the new pack. */
export function whenBundledPackReady(): Promise<unknown> {
  return bundledReady;
}

async function loadBundledPack(): Promise<void> {
  const response = await fetch(browser.runtime.getURL('/packs/core.json'));
  const outcome = await importBundledPack(db, await response.text());
  if (outcome === 'failed') console.error('arXiv Lens: the bundled pack could not be imported', (await db.packs.get('bundled'))?.lastError);
}

/**
 * Every start of the background (install, update, browser start, wake-up) compares the bundled
 * pack's hash with the stored one and imports it only when it changed. Subscriptions refresh on an
 * alarm, which survives the service worker being stopped.
 */
export function setupPackUpdates(): void {
  bundledReady = loadBundledPack().catch((error: unknown) => console.error('arXiv Lens: the bundled pack could not be loaded', error));
  void browser.alarms.get(REFRESH_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAllSubscriptions(db);
  });
}
