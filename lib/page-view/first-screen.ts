import type { PageDetector, PagePaper } from '@/lib/pages';

/**
 * The entries of a list shown while it is parsed: more than a screen holds (an entry with its row
 * is at least 150 px tall, so these reach past 1,800 px); the full pass reveals the rest near the reader.
 */
export const FIRST_ROWS = 12;

const lastPart = (paper: PagePaper): Element => (paper.entry ?? [paper.anchor]).at(-1)!;

/**
 * Whether the parser has gone past `element`: the parser only ever adds nodes at the end of what it
 * built, so the element it is still filling is the last of its parent, and so is each of its
 * ancestors; anything after one of them means the element was closed.
 */
export function parsedPast(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * The papers of a list whose entries are complete: all once the page is parsed; while it is, those
 * before the first entry the parser is still in (the next one has begun after each of them).
 */
export function completeEntries(papers: PagePaper[], parsed: boolean): PagePaper[] {
  if (parsed) return papers;
  const incomplete = papers.findIndex((paper) => !parsedPast(lastPart(paper)));
  return incomplete === -1 ? papers : papers.slice(0, incomplete);
}

/** How often a list being parsed is read again. */
export const PARSE_POLL_MS = 16;

/**
 * Follows a list as it is parsed: at each look, between stretches of parsing, the list's first
 * `limit` complete entries go to `onComplete` when there are more than before. Resolves once there
 * are `limit`, or the page is parsed (its full pass then shows everything): reading stops early in
 * the page. Each look is a task of its own: a mutation observer's callback ran inside the parser's
 * and the frames' tasks, which counted whole as the extension's. Geometry is never read: while the
 * page is parsed, a layout read lays out everything parsed so far.
 */
export function followParsedList(
  detector: PageDetector,
  doc: Document,
  url: URL,
  limit: number,
  onComplete: (papers: PagePaper[]) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let known = 0;
    const look = () => {
      if (doc.readyState !== 'loading') return resolve();
      const complete = completeEntries(detector.findPapers(doc, url, limit), false);
      if (complete.length > known) {
        known = complete.length;
        onComplete(complete);
      }
      if (known >= limit) resolve();
      else setTimeout(look, PARSE_POLL_MS);
    };
    look();
  });
}

/**
 * Resolves in a task of its own once `doc` is parsed, looking between stretches of parsing. Not a
 * DOMContentLoaded listener: that runs inside the parser's last task, where the page also lays
 * itself out, and what our pass did there either lengthened the page's task (resumed as its
 * microtasks, which a trace names no script for) or made the whole of it look like ours.
 */
export function documentParsed(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (doc.readyState === 'loading' ? setTimeout(look, PARSE_POLL_MS) : resolve());
    look();
  });
}
