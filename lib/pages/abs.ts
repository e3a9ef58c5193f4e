import { parseArxivId } from '../arxiv/ids';
import { ARXIV_HOSTS } from '../page-reading/dom';
import { absPageMeta } from '../page-reading/page-meta';
import { paperText } from '../page-reading/paper-text';
import type { PageDetector } from './types';

/**
 * arXiv abstract pages: the panel goes at the end of the abstract, beside the room the static sheet
 * keeps there (entrypoints/content/reserved-space.css): a sibling after it would change how the
 * abstract's margin meets the next block's, and move the page.
 */
export const absPage: PageDetector = {
  kind: 'abs',
  role: 'panel',
  placement: 'last',
  hosts: ARXIV_HOSTS,
  paperFromUrl: true,
  testUrls: [
    'https://arxiv.org/abs/2405.20519',
    'https://arxiv.org/abs/2405.20519v2',
    'https://arxiv.org/abs/hep-th/9901001',
    'https://arxiv.org/abs/math.GT/0309136v1?context=math',
    'https://www.arxiv.org/abs/1902.02534#',
  ],
  matches: (url) => url.pathname.startsWith('/abs/') && parseArxivId(url.href) !== null,
  findPapers(doc, url) {
    const anchor = doc.querySelector('#abs blockquote.abstract');
    const fromUrl = parseArxivId(url.href);
    const fromPage = parseArxivId(doc.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content') ?? '');
    if (!anchor || !fromUrl) return [];
    // The page's own id wins if a redirect left the address naming another form of it.
    const id = fromPage?.id ?? fromUrl.id;
    const title = paperText(doc.querySelector('#abs h1.title'));
    return [{ id, version: fromUrl.version, title, anchor, meta: () => absPageMeta(doc), abstract: () => paperText(anchor) }];
  },
};
