import { normalizeTitle } from '../pack/normalize';
import type { Summary } from '../pack/schema';

/** One source's entry once its id is resolved and its text cleaned. */
export interface ResolvedEntry {
  source: string;
  id: string | null;
  title: string | null;
  published?: string;
  abstract?: string;
  tags: string[];
  summary?: Summary;
}

export interface MergedPaper {
  id: string | null;
  title: string | null;
  published?: string;
  abstract?: string;
  tags: string[];
  summaries: Summary[];
  /** The sources that told of the paper, one per entry merged into it. */
  sources: string[];
}

/**
 * One paper per arXiv id, else per normalized title. Entries with an id go first, so that a
 * title-only entry joins the paper its title names even when the entry with the id comes later.
 * Where sources disagree on a field, the first source read wins.
 */
export function mergeEntries(entries: readonly ResolvedEntry[]): MergedPaper[] {
  const papers: MergedPaper[] = [];
  const byId = new Map<string, MergedPaper>();
  const byTitle = new Map<string, MergedPaper>();
  const ordered = [...entries.filter((e) => e.id !== null), ...entries.filter((e) => e.id === null)];

  for (const entry of ordered) {
    const titleKey = entry.title === null ? undefined : normalizeTitle(entry.title);
    const sameTitle = titleKey === undefined ? undefined : byTitle.get(titleKey);
    // Two ids under one title are two papers that happen to share it.
    const titleAgrees = sameTitle && (sameTitle.id === null || entry.id === null || sameTitle.id === entry.id);
    let paper = (entry.id !== null ? byId.get(entry.id) : undefined) ?? (titleAgrees ? sameTitle : undefined);
    if (!paper) {
      paper = { id: null, title: null, tags: [], summaries: [], sources: [] };
      papers.push(paper);
    }
    paper.id ??= entry.id;
    paper.title ??= entry.title;
    paper.published ??= entry.published;
    paper.abstract ??= entry.abstract;
    paper.tags = [...new Set([...paper.tags, ...entry.tags])];
    if (entry.summary) paper.summaries.push(entry.summary);
    paper.sources.push(entry.source);
    if (paper.id !== null && !byId.has(paper.id)) byId.set(paper.id, paper);
    if (titleKey !== undefined && !byTitle.has(titleKey)) byTitle.set(titleKey, paper);
  }
  return papers;
}
