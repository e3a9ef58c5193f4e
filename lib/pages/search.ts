import { ARXIV_HOSTS, idFromLink } from '../page-reading/dom';
import { paperText } from '../page-reading/paper-text';
import type { PageDetector, PagePaper } from './types';

/** arXiv search results (simple, advanced and archive-scoped author searches). */
export const searchPage: PageDetector = {
  kind: 'search',
  role: 'row',
  placement: 'last',
  hosts: ARXIV_HOSTS,
  testUrls: [
    'https://arxiv.org/search/?query=mamba&searchtype=all&source=header',
    'https://arxiv.org/search/advanced?advanced=&terms-0-term=mamba&terms-0-field=title&size=50',
    'https://arxiv.org/search/cs?searchtype=author&query=Heibi,+I',
    'https://arxiv.org/search/?query=australopithecus&searchtype=title&abstracts=show&order=-announced_date_first&size=25',
  ],
  matches: (url) => /^\/search(?:\/|$)/.test(url.pathname),
  findPapers(doc, url) {
    const papers: PagePaper[] = [];
    for (const result of doc.querySelectorAll('li.arxiv-result')) {
      const links = result.querySelector('p.list-title');
      const parsed = idFromLink(links?.querySelector('a'), url);
      // The row goes under the links' line, not in it: the links are an inline block that a row
      // would widen, pushing the categories beside them.
      const anchor = links?.parentElement;
      if (!anchor || !parsed) continue;
      const title = paperText(result.querySelector('p.title'));
      papers.push({ id: parsed.id, version: parsed.version, title, anchor, entry: [result], abstract: () => fullAbstract(result) });
    }
    return papers;
  },
  findBarPlace(doc) {
    const list = doc.querySelector('li.arxiv-result')?.parentElement;
    return list ? { anchor: list, placement: 'before' } : null;
  },
};

/** A result's whole abstract, without the "Less" link that folds it. */
function fullAbstract(result: Element): string | undefined {
  const full = result.querySelector('span.abstract-full');
  if (!full) return undefined;
  // A detached copy: its MathJax scripts do not run, and the page's own entry is left as it is.
  const copy = full.cloneNode(true) as Element;
  for (const link of copy.querySelectorAll(':scope > a')) link.remove();
  return paperText(copy);
}
