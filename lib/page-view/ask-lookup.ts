import { PAPER_LIMITS } from '@/lib/paper/limits';
import { sendMessage } from '@/lib/messaging';
import type { LookupResponse } from '@/lib/paper/paper-info';
import type { PageKind, PagePaper } from '@/lib/pages';

/**
 * One message for the whole page; if the background cannot answer, papers still get their hosts.
 * A pass names its page kind, so sources look the papers up; a refresh after a change does not.
 */
export async function lookupPapers(papers: PagePaper[], page?: PageKind): Promise<LookupResponse> {
  if (papers.length === 0) return {};
  const titles: Record<string, string> = {};
  for (const paper of papers) if (paper.title) titles[paper.id] = paper.title.slice(0, PAPER_LIMITS.titleChars);
  try {
    return await sendMessage('lookup', { ids: [...new Set(papers.map((p) => p.id))], titles, ...(page ? { page } : {}) });
  } catch (error) {
    console.warn('arXiv Lens: lookup failed', error);
    return {};
  }
}

/** What the page's papers need; an early answer serves when it covers them all. */
export async function lookupFor(papers: PagePaper[], page: PageKind | undefined, early?: Promise<LookupResponse>): Promise<LookupResponse> {
  const answer = early ? await early : {};
  const covered = papers.every((p) => answer[p.id] && (answer[p.id]!.summaries.length > 0 || !p.title));
  return covered ? answer : lookupPapers(papers, page);
}
