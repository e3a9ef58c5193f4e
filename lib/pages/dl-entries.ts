import { idFromLink, textWithoutDescriptor } from './dom';
import type { PagePaper } from './types';

/**
 * Papers in arXiv's `dt`/`dd` lists, shared by listings and catch-up pages. Since 2024 each `dt`
 * holds `a[title="Abstract"]` directly (in `dl#articles`); before that it sat in `span.list-identifier`.
 * Both forms carry the same link, so one reader serves every layout. The UI goes at the end of the
 * `dt`, beside the paper's links.
 */
export function findDlEntries(root: ParentNode, base: URL): PagePaper[] {
  const papers: PagePaper[] = [];
  const seen = new Set<string>();
  for (const dt of root.querySelectorAll('dl > dt')) {
    const parsed = idFromLink(dt.querySelector('a[title="Abstract"]'), base);
    if (!parsed || seen.has(parsed.id)) continue;
    seen.add(parsed.id);
    const dd = dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : null;
    const title = textWithoutDescriptor(dd?.querySelector('.list-title'));
    papers.push({ id: parsed.id, version: parsed.version, title, anchor: dt });
  }
  return papers;
}
