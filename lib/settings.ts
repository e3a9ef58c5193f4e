import { storage } from 'wxt/utils/storage';
import type { PageKind } from './pages/types';

export const ALL_PAGE_KINDS: readonly PageKind[] = ['abs', 'html', 'listing', 'catchup', 'search', 'hf-list', 'hf-paper'];

/**
 * The user's settings, as WXT storage items, readable from content scripts without the database.
 * Preferences follow the user across browsers (sync); the panel's folded state is this browser's.
 */
export const settings = {
  enabledKinds: storage.defineItem<PageKind[]>('sync:enabledKinds', { fallback: [...ALL_PAGE_KINDS], version: 1 }),
  /** Folding a panel on a page folds panels from then on: the choice is remembered, and is the default. */
  panelCollapsed: storage.defineItem<boolean>('local:panelCollapsed', { fallback: false, version: 1 }),
  summariesPerPaper: storage.defineItem<number>('sync:summariesPerPaper', { fallback: 3, version: 1 }),
};

export interface Preferences {
  enabledKinds: PageKind[];
  panelCollapsed: boolean;
  summariesPerPaper: number;
}

export async function readPreferences(): Promise<Preferences> {
  const [enabledKinds, panelCollapsed, summariesPerPaper] = await Promise.all([
    settings.enabledKinds.getValue(),
    settings.panelCollapsed.getValue(),
    settings.summariesPerPaper.getValue(),
  ]);
  return { enabledKinds, panelCollapsed, summariesPerPaper };
}

/** Calls back with the new preferences whenever any of them changes, in any tab or page. */
export function watchPreferences(onChange: (prefs: Preferences) => void): () => void {
  const update = () => void readPreferences().then(onChange);
  const unwatch = Object.values(settings).map((item) => item.watch(update));
  return () => unwatch.forEach((stop) => stop());
}
