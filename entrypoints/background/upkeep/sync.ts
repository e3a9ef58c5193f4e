import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { createSyncEngine, type SyncEngine } from '@/lib/sync/engine';
import { syncEnabled } from '@/lib/sync/sync-state';
import { USER_TABLES } from '@/lib/db/table-names';
import { onTablesChanged } from '../changes/db-events';

const SYNC_ALARM = 'sync-user-data';
const SYNC_MINUTES = 30;

let engine: SyncEngine | undefined;

/** The one sync engine, in the background: the options page's "Sync now" asks it through a message. */
export function syncEngine(): SyncEngine {
  engine ??= createSyncEngine({ db });
  return engine;
}

/**
 * Opt-in sync through browser.storage.sync: after local edits (debounced by the engine), when
 * another browser's write arrives, when the user turns it on, at start-up and every half hour.
 * The engine does nothing while sync is off.
 */
export function setupSync(): void {
  const sync = syncEngine();
  onTablesChanged(USER_TABLES, () => sync.scheduleSync());
  browser.storage.onChanged.addListener((changes, area) => sync.handleRemoteChange(changes, area));
  syncEnabled.watch((on) => {
    if (on) void sync.syncNow();
  });
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncNow();
  });
  void sync.syncNow();
}
