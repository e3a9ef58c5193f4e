import type { PageKind } from './pages/types';

export const ALL_PAGE_KINDS: readonly PageKind[] = ['abs', 'html', 'listing', 'catchup', 'search', 'hf-list', 'hf-paper'];

/**
 * The user's settings as the UI reads them. lib/preferences-storage.ts stores the page kinds turned off, not
 * `enabledKinds`, so that a kind added later is on; the background hands these to content scripts.
 */
export interface Preferences {
  enabledKinds: PageKind[];
  panelCollapsed: boolean;
  summariesPerPaper: number;
}

export const DEFAULT_PREFERENCES: Preferences = { enabledKinds: [...ALL_PAGE_KINDS], panelCollapsed: false, summariesPerPaper: 3 };
