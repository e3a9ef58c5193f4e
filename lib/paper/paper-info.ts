import type { Summary } from '../pack/schema';
import type { ReadingEntry } from '../db/db';
import type { ReadingState } from './reading-states';
import type { KnownPaper } from './known-paper';

/** What a page, the badge and the popup's current paper show of a paper: lean, as a page may ask for 2,000. */
export interface PaperInfo {
  summaries: Summary[];
  curatedTags: string[];
  userTags: string[];
  saved: { state: ReadingState; addedAt: number } | null;
  upvotes?: number;
  citationCount?: number;
  github?: KnownPaper['github'];
  projectPage?: string;
}

/** The ids on a page, answered: one entry per id asked. */
export type LookupResponse = Record<string, PaperInfo>;

export function paperInfo(known: KnownPaper, userTags: string[] | undefined, entry: ReadingEntry | undefined): PaperInfo {
  return withUserData(
    {
      summaries: known.summaries,
      curatedTags: known.curatedTags,
      userTags: [],
      saved: null,
      ...(known.upvotes !== undefined ? { upvotes: known.upvotes } : {}),
      ...(known.citationCount !== undefined ? { citationCount: known.citationCount } : {}),
      ...(known.github ? { github: known.github } : {}),
      ...(known.projectPage ? { projectPage: known.projectPage } : {}),
    },
    userTags,
    entry,
  );
}

/** A paper's answer with the user's side set; the same object when the user has none, as for most papers on a page. */
export function withUserData(info: PaperInfo, userTags: string[] | undefined, entry: ReadingEntry | undefined): PaperInfo {
  if (!userTags && !entry) return info;
  return { ...info, userTags: userTags ?? [], saved: entry ? { state: entry.state, addedAt: entry.addedAt } : null };
}
