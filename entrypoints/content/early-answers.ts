import type { LookupResponse } from '@/lib/paper/paper-info';
import { paperOfUrl } from '@/lib/pages';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
import { takePageOpened } from './page-opened';

/** What the page was told as it started loading: the settings, and a paper page's paper. */
export interface EarlyAnswers {
  preferences: Promise<Preferences>;
  /** Only on a page whose URL names its paper: a list is looked up once it is parsed. */
  lookup?: Promise<LookupResponse>;
}

export function earlyAnswers(href: string): EarlyAnswers {
  const opened = takePageOpened(href);
  const preferences = opened.then((answer) => answer.preferences).catch(() => DEFAULT_PREFERENCES);
  if (!paperOfUrl(href)) return { preferences };
  return { preferences, lookup: opened.then((answer) => answer.lookup ?? {}).catch(() => ({})) };
}
