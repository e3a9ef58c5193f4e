import { findDlBarPlace, findDlEntries } from './dl-entries';
import { ARXIV_HOSTS } from './dom';
import type { PageDetector } from './types';

const LISTING_PATH = /^\/list\/[a-z-]+(?:\.[a-z-]+)?\/(?:new|recent|pastweek|\d{4}(?:-\d{2})?|\d{2})\/?$/i;

/** Daily and archive listings, 2024 layout (`dl#articles`) and the one before (a `dl` per section). */
export const listingPage: PageDetector = {
  kind: 'listing',
  role: 'row',
  placement: 'last',
  hosts: ARXIV_HOSTS,
  testUrls: [
    'https://arxiv.org/list/cs.AI/new',
    'https://arxiv.org/list/cs.LG/recent',
    'https://arxiv.org/list/cs.LG/recent?skip=0&show=2000',
    'https://arxiv.org/list/hep-th/pastweek?show=2000',
    'https://arxiv.org/list/math/2405',
    'https://arxiv.org/list/astro-ph/new',
    'https://arxiv.org/list/cs/2024?skip=25&show=25',
    'https://arxiv.org/list/cs.CL/2024-06',
  ],
  matches: (url) => LISTING_PATH.test(url.pathname),
  findPapers: (doc, url) => {
    const page = doc.querySelector('#dlpage');
    return page ? findDlEntries(page, url) : [];
  },
  findBarPlace: (doc) => findDlBarPlace(doc.querySelector('#dlpage')),
};
