import { storage } from 'wxt/utils/storage';
import { ALL_PAGE_KINDS, DEFAULT_PREFERENCES, type Preferences } from './preferences';

/**
 * The user's preferences, as WXT storage items. Preferences follow the user across browsers (sync);
 * the panel's folded state is this browser's. Content scripts never read these: the background
 * hands them over by message, which keeps the storage library out of every page.
 */
export const preferenceItems = {
  /**
   * The page kinds the user turned off, so that a kind added in a release is on for everyone.
   * Strings, not page kinds: a newer version in another browser may have stored kinds this one does not know.
   */
  disabledKinds: storage.defineItem<string[]>('sync:disabledKinds', { fallback: [], version: 1 }),
  /** Folding a panel on a page folds panels from then on: the choice is remembered, and is the default. */
  panelCollapsed: storage.defineItem<boolean>('local:panelCollapsed', { fallback: DEFAULT_PREFERENCES.panelCollapsed, version: 1 }),
  summariesPerPaper: storage.defineItem<number>('sync:summariesPerPaper', { fallback: DEFAULT_PREFERENCES.summariesPerPaper, version: 1 }),
};

/**
 * The layout of the stored settings: version 2 stores the page kinds turned off where version 1
 * stored those left on. A new layout raises it, and its sample joins tests/fixtures/settings/.
 */
export const SETTINGS_VERSION = 2;

/** Version 1 stored the page kinds left on, under this key. */
const V1_ENABLED_KINDS_KEY = 'sync:enabledKinds';

/** The page kinds version 1 offered: what its list of kinds left on is read against. */
const V1_PAGE_KINDS: readonly string[] = ['abs', 'html', 'listing', 'catchup', 'search', 'hf-list', 'hf-paper'];

/**
 * Carries preferences stored by an earlier version to this one. WXT migrates a value under its own
 * key only, so a renamed key is carried here: the new key is written before the old one is removed,
 * so a run cut short is finished by the next, and a run with nothing left to carry changes nothing.
 * A browser still on version 1 may write the old key again through sync; the next run carries it too.
 */
export async function upgradeStoredPreferences(): Promise<void> {
  const enabledKinds = await storage.getItem<unknown>(V1_ENABLED_KINDS_KEY);
  if (enabledKinds === null) return;
  const leftOn = Array.isArray(enabledKinds) ? enabledKinds : V1_PAGE_KINDS;
  await preferenceItems.disabledKinds.setValue(V1_PAGE_KINDS.filter((kind) => !leftOn.includes(kind)));
  await storage.removeItem(V1_ENABLED_KINDS_KEY, { removeMeta: true });
}

let upgraded: Promise<void> | undefined;

/** Each page and the background upgrade once, before their first read or write. */
function whenUpgraded(): Promise<void> {
  upgraded ??= upgradeStoredPreferences().catch((error: unknown) => console.error('arXiv Lens: stored preferences could not be upgraded', error));
  return upgraded;
}

export async function readPreferences(): Promise<Preferences> {
  await whenUpgraded();
  const [disabledKinds, panelCollapsed, summariesPerPaper] = await Promise.all([
    preferenceItems.disabledKinds.getValue(),
    preferenceItems.panelCollapsed.getValue(),
    preferenceItems.summariesPerPaper.getValue(),
  ]);
  return { enabledKinds: ALL_PAGE_KINDS.filter((kind) => !disabledKinds.includes(kind)), panelCollapsed, summariesPerPaper };
}

/** Kinds this version does not know, turned off by a newer one in another browser, stay off. */
export async function writePreferences(prefs: Preferences): Promise<void> {
  await whenUpgraded();
  const known = new Set<string>(ALL_PAGE_KINDS);
  const unknownHere = (await preferenceItems.disabledKinds.getValue()).filter((kind) => !known.has(kind));
  await Promise.all([
    preferenceItems.disabledKinds.setValue([...ALL_PAGE_KINDS.filter((kind) => !prefs.enabledKinds.includes(kind)), ...unknownHere]),
    preferenceItems.panelCollapsed.setValue(prefs.panelCollapsed),
    preferenceItems.summariesPerPaper.setValue(prefs.summariesPerPaper),
  ]);
}

/** Calls back with the new preferences whenever any of them changes, in any tab or page. */
export function watchPreferences(onChange: (prefs: Preferences) => void): () => void {
  const update = () => void readPreferences().then(onChange);
  const unwatch = Object.values(preferenceItems).map((item) => item.watch(update));
  return () => unwatch.forEach((stop) => stop());
}
