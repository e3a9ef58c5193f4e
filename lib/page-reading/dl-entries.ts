import { idFromLink } from './dom';
import { dlEntryMeta } from './page-meta';
import { paperText } from './paper-text';
import type { BarPlace, ListSection, PagePaper } from '../pages/types';

/** arXiv's section headings: "New submissions", "Cross submissions" or "Cross-lists", "Replacement submissions" or "Replacements". */
function sectionOf(heading: string): ListSection | undefined {
  if (/^\s*new submissions/i.test(heading)) return 'new';
  if (/^\s*cross/i.test(heading)) return 'cross-list';
  if (/^\s*replace/i.test(heading)) return 'replacement';
  return undefined;
}

/**
 * The marker arXiv's list template prints in an entry's `dt` on lists without section headings
 * (recent, pastweek, a month, an author): "(cross-list from cs.AI)" or "(replaced)".
 */
function sectionOfMarker(dt: Element): ListSection | undefined {
  const text = dt.textContent ?? '';
  if (text.includes('(cross-list from')) return 'cross-list';
  if (text.includes('(replaced)')) return 'replacement';
  return undefined;
}

/**
 * Papers in arXiv's `dt`/`dd` lists, shared by listings and catch-up pages. Since 2024 each `dt`
 * holds `a[title="Abstract"]` directly (in `dl#articles`); before that it sat in `span.list-identifier`.
 * Both forms carry the same link, so one reader serves every layout. The UI goes at the end of the
 * `dt`, beside the paper's links.
 */
export function findDlEntries(root: ParentNode, base: URL, limit = Infinity): PagePaper[] {
  const papers: PagePaper[] = [];
  const seen = new Set<string>();
  let section: ListSection | undefined;
  // Headings and entries in document order: each entry stands in the section of the heading above
  // it; under a heading that names none (a day's), in the section its own marker names.
  for (const node of root.querySelectorAll('h3, dl > dt')) {
    if (papers.length >= limit) break;
    if (node.tagName === 'H3') {
      section = sectionOf(node.textContent ?? '');
      continue;
    }
    const dt = node;
    const parsed = idFromLink(dt.querySelector('a[title="Abstract"]'), base);
    if (!parsed || seen.has(parsed.id)) continue;
    seen.add(parsed.id);
    const dd = dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : null;
    const entrySection = section ?? sectionOfMarker(dt);
    // Read when first asked for: finding a listing's 2,000 papers and reading their titles were one long task.
    let title: string | undefined | null = null;
    papers.push({
      id: parsed.id,
      version: parsed.version,
      get title() {
        if (title === null) title = paperText(dd?.querySelector('.list-title'));
        return title;
      },
      anchor: dt,
      entry: dd ? [dt, dd] : [dt],
      meta: () => dlEntryMeta(dd),
      abstract: () => paperText(dd?.querySelector('p.mathjax')),
      ...(entrySection ? { section: entrySection } : {}),
    });
  }
  return papers;
}

/**
 * Above the first list of entries, under the page's own headings: the first `dl` among the page's
 * children, where the static sheet keeps the bar's room (entrypoints/content/reserved-space.css).
 */
export function findDlBarPlace(root: ParentNode | null): BarPlace | null {
  const first = root?.querySelector(':scope > dl') ?? root?.querySelector('dl');
  if (!first) return null;
  // In the 2024 layout the first section heading sits inside the dl; the bar goes above it.
  return { anchor: first, placement: 'before' };
}
