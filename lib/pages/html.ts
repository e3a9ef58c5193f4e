import { parseArxivId } from '../arxiv/ids';
import { ARXIV_HOSTS } from '../page-reading/dom';
import { paperText } from '../page-reading/paper-text';
import type { PageDetector } from './types';

/** arXiv's HTML (LaTeXML) papers: a compact panel at the top of the article. */
export const htmlPaper: PageDetector = {
  kind: 'html',
  role: 'panel',
  placement: 'first',
  hosts: ARXIV_HOSTS,
  paperFromUrl: true,
  compact: true,
  testUrls: [
    'https://arxiv.org/html/2405.20519v1',
    'https://arxiv.org/html/2405.20519v1/',
    'https://arxiv.org/html/2405.20519v1#S3',
    'https://arxiv.org/html/2403.17537',
  ],
  matches: (url) => url.pathname.startsWith('/html/') && parseArxivId(url.href) !== null,
  findPapers(doc, url) {
    const article = doc.querySelector('article.ltx_document');
    const parsed = parseArxivId(url.href);
    if (!article || !parsed) return [];
    const title = paperText(article.querySelector('.ltx_title_document'));
    const abstract = () =>
      [...article.querySelectorAll('.ltx_abstract p')]
        .map((p) => paperText(p))
        .filter(Boolean)
        .join(' ') || undefined;
    return [{ id: parsed.id, version: parsed.version, title, anchor: article, abstract }];
  },
};
