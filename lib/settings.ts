import { storage } from 'wxt/utils/storage';
import type { PageKind } from './pages/types';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';

/**
 * The user's settings, as WXT storage items. Preferences follow the user across browsers (sync);
 * the panel's folded state is this browser's. Content scripts never read these: the background
 * hands them over by message, which keeps the storage library out of every page.
 */
export const settings = {
  enabledKinds: storage.defineItem<PageKind[]>('sync:enabledKinds', { fallback: DEFAULT_PREFERENCES.enabledKinds, version: 1 }),
  /** Folding a panel on a page folds panels from then on: the choice is remembered, and is the default. */
  panelCollapsed: storage.defineItem<boolean>('local:panelCollapsed', { fallback: DEFAULT_PREFERENCES.panelCollapsed, version: 1 }),
  summariesPerPaper: storage.defineItem<number>('sync:summariesPerPaper', { fallback: DEFAULT_PREFERENCES.summariesPerPaper, version: 1 }),
};

export async function readPreferences(): Promise<Preferences> {
  const [enabledKinds, panelCollapsed, summariesPerPaper] = await Promise.all([
    settings.enabledKinds.getValue(),
    settings.panelCollapsed.getValue(),
    settings.summariesPerPaper.getValue(),
  ]);
  return { enabledKinds, panelCollapsed, summariesPerPaper };
}

export async function writePreferences(prefs: Preferences): Promise<void> {
  await Promise.all([
    settings.enabledKinds.setValue(prefs.enabledKinds),
    settings.panelCollapsed.setValue(prefs.panelCollapsed),
    settings.summariesPerPaper.setValue(prefs.summariesPerPaper),
  ]);
}

/** Calls back with the new preferences whenever any of them changes, in any tab or page. */
export function watchPreferences(onChange: (prefs: Preferences) => void): () => void {
  const update = () => void readPreferences().then(onChange);
  const unwatch = Object.values(settings).map((item) => item.watch(update));
  return () => unwatch.forEach((stop) => stop());
}
