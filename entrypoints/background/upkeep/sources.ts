import { browser } from 'wxt/browser';
import type { PageKind } from '@/lib/pages/types';
import { SOURCES } from '@/lib/sources';
import { SOURCE_IDS, type SourceId } from '@/lib/sources/keys';
import { createHostPacer } from '@/lib/net/host-pacer';
import { createSourceRunner } from '@/lib/source-runtime/run-sources';
import { enabledSources, isSourceOn, sourceSettings } from '@/lib/source-runtime/source-settings';
import { db } from '@/lib/db/db';
import { moveSecretsOutOfStorageLocal, readSecret } from '@/lib/source-runtime/secrets';
import { heldSources, turnOffWithdrawn, type PermissionsApi } from '@/lib/source-runtime/source-access';
import { onTablesChanged } from '../changes/db-events';

const SOURCES_ALARM = 'sync-sources';
const SOURCES_MINUTES = 24 * 60;
/** Saves come in bursts (an import, a sync): the reading list settles before arXiv is asked. */
const SAVED_SETTLE_MS = 1_000;

/** One gate per host for the sources and the abstracts pages ask for (`abstracts.ts`), which go first. */
export const hostPacer = createHostPacer();

const permissions = browser.permissions as unknown as PermissionsApi;

export const sourceRunner = createSourceRunner({
  db,
  pacer: hostPacer,
  // Read before every request too, so an opt-in source stops once the browser no longer grants its access.
  settings: async () => ({
    enabled: await heldSources(permissions, SOURCES, await enabledSources()),
    s2ApiKey: (await readSecret(db, 's2ApiKey')) || undefined,
  }),
});

/** A page showed these papers: sources that answer for such pages look them up, after the page has its answer. */
export function papersSeen(page: PageKind, ids: readonly string[]): void {
  if (ids.length > 0) void sourceRunner.trigger({ kind: 'page', page, ids });
}

let hiddenSources: Promise<ReadonlySet<string>> | null = null;

/** Summary sources the user hid, kept in memory for every lookup. */
export async function mergeOptions() {
  hiddenSources ??= sourceSettings.hiddenSummarySources.getValue().then((list) => new Set(list));
  return { hiddenSources: await hiddenSources };
}

/**
 * Sources sync at every start of the background (install, update, browser start: what is fresh
 * is not fetched again), once a day, when the reading list changes, and when the user turns one
 * on. Turning one off forgets what it brought. An opt-in source whose access the user takes back
 * in the browser's settings is turned off, with a status that says why.
 */
export function setupSources(onHiddenChanged: () => void): void {
  void moveSecretsOutOfStorageLocal(db).catch(() => undefined);
  void sourceRunner.trigger({ kind: 'schedule' });
  void browser.alarms.get(SOURCES_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SOURCES_ALARM, { periodInMinutes: SOURCES_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SOURCES_ALARM) void sourceRunner.trigger({ kind: 'schedule' });
  });
  onTablesChanged(['readingList'], () => void sourceRunner.trigger({ kind: 'saved' }), SAVED_SETTLE_MS);
  const withdrawn = new Set<SourceId>();
  browser.permissions.onRemoved.addListener(() => void turnOffWithdrawn(permissions, SOURCES, (id) => withdrawn.add(id)));
  sourceSettings.choices.watch((next, previous) => {
    for (const id of SOURCE_IDS) {
      const on = isSourceOn(next ?? {}, id);
      if (on === isSourceOn(previous ?? {}, id)) continue;
      // Off, it forgets what it brought; on again, the note of a withdrawal goes too.
      void sourceRunner.forget(id, !on && withdrawn.delete(id));
    }
    void sourceRunner.trigger({ kind: 'schedule' });
  });
  sourceSettings.hiddenSummarySources.watch(() => {
    hiddenSources = null;
    onHiddenChanged();
  });
}
