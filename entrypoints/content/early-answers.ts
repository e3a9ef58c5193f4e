import type { LookupResponse } from '@/lib/paper/paper-info';
import { paperOfUrl } from '@/lib/pages';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import type { PageState } from '@/lib/page-view/page-state';
import { takePageOpened } from './page-opened';

/** What the page was told as it started loading: the settings, and a paper page's paper. */
export interface EarlyAnswers {
  preferences: Promise<Preferences>;
  /** Only on a page whose URL names its paper: a list is looked up once it is parsed. */
  lookup?: Promise<LookupResponse>;
  /** Only on a page whose URL names its paper: whether its panel offers the opt-in sources. */
  sourcesOffer?: Promise<boolean | undefined>;
}

/** Gives the page state what the early answer says before the first pass: one answer, so no wait between them. */
export async function applyEarlyAnswers(early: EarlyAnswers, state: PageState): Promise<void> {
  state.setPreferences(await early.preferences);
  // Known before the panel's first render: asked after it, the offer grew the panel once shown.
  if (early.sourcesOffer) state.setSourcesOffer(await early.sourcesOffer);
}

export function earlyAnswers(href: string): EarlyAnswers {
  const opened = takePageOpened(href);
  const preferences = opened.then((answer) => answer.preferences).catch(() => DEFAULT_PREFERENCES);
  if (!paperOfUrl(href)) return { preferences };
  return {
    preferences,
    lookup: opened.then((answer) => answer.lookup ?? {}).catch(() => ({})),
    sourcesOffer: opened.then((answer) => answer.sourcesOffer).catch(() => undefined),
  };
}
