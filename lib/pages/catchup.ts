import { findDlBarPlace, findDlEntries } from '../page-reading/dl-entries';
import { ARXIV_HOSTS } from '../page-reading/dom';
import type { PageDetector } from './types';

/** Catch-up pages: the listing's entries, one `dl` per paper. */
export const catchupPage: PageDetector = {
  kind: 'catchup',
  role: 'row',
  placement: 'last',
  hosts: ARXIV_HOSTS,
  testUrls: [
    'https://arxiv.org/catchup/cs.AI/2024-06-03',
    'https://arxiv.org/catchup/cs.AI/2024-06-03?abs=True',
    'https://arxiv.org/catchup?smonth=06&group=grp_cs&sday=03&num=50&archive=cs&method=with&syear=2024',
  ],
  matches: (url) => /^\/catchup(?:\/|$)/.test(url.pathname),
  findPapers: (doc, url) => {
    const page = doc.querySelector('#dlpage') ?? doc.querySelector('#content');
    return page ? findDlEntries(page, url) : [];
  },
  findBarPlace: (doc) => findDlBarPlace(doc.querySelector('#dlpage') ?? doc.querySelector('#content')),
};
