import { db } from '@/lib/db/db';
import type { MergeOptions } from '@/lib/paper/merge';
import { loadFirstScreen, type FirstScreen } from '@/lib/reads/first-screen';
import { sourceSettings } from '@/lib/source-runtime/source-settings';

/** More than the popup's list shows (about 110 px a paper), and the rows the list renders beyond them. */
export const FIRST_SCREEN = 16;

/** What the popup's first render shows: the list's first screen (none if it could not be read) and the summary sources the user hid. */
export interface Opening {
  first: FirstScreen | undefined;
  mergeOptions: MergeOptions;
}

export const hiddenSourcesOptions = (list: readonly string[] | null): Required<MergeOptions> => ({ hiddenSources: new Set(list ?? []) });

/**
 * Read as the popup's script is evaluated, before the page has finished loading: waiting for
 * effects, which run after the first paint, delayed the first read by a frame. The settings are
 * read beside the list so that the first render already leaves out the sources the user hid.
 */
export async function readOpening(): Promise<Opening> {
  const [first, hidden] = await Promise.all([
    loadFirstScreen(db, FIRST_SCREEN).catch(() => undefined),
    sourceSettings.hiddenSummarySources.getValue().catch(() => null),
  ]);
  return { first, mergeOptions: hiddenSourcesOptions(hidden) };
}
