import { findDlBarPlace, findDlEntries } from '../page-reading/dl-entries';
import { ARXIV_HOSTS } from '../page-reading/dom';
import type { PageDetector } from './types';

/** A category's or archive's list: its day, week or month, a year (`2024`), a month (`2405`, `2024-6`). */
const LISTING_PATH = /^\/list\/[a-z-]+(?:\.[a-z-]+)?\/(?:new|recent|pastweek|current|\d{4}(?:-\d{1,2})?|\d{2})\/?$/i;

/** An author's papers (`/a/<author-id>`, or its `.html` form); the other extensions are feeds. */
const AUTHOR_PATH = /^\/a\/[\w-]+(?:\.html)?\/?$/i;

/**
 * The list the archive page's form asks for: `/list?archive=cs&year=2024&month=06`, which arXiv
 * serves from the same templates as `/list/cs/2024-06`.
 */
function isFormListing(url: URL): boolean {
  return /^\/list\/?$/.test(url.pathname) && url.searchParams.has('archive') && url.searchParams.has('year');
}

/**
 * Daily and archive listings and author pages, 2024 layout (`dl#articles`) and the one before (a
 * `dl` per section): every page arXiv renders from its list templates.
 */
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
    'https://arxiv.org/list/cs.LG/current',
    'https://arxiv.org/list/math.AG/2024-6?skip=0&show=50',
    'https://arxiv.org/list?archive=cs&year=2024&month=06&submit=Go',
    'https://arxiv.org/list/?archive=astro-ph&year=2023&month=all',
    'https://arxiv.org/a/vaswani_a_1',
    'https://arxiv.org/a/vaswani_a_1.html',
  ],
  matches: (url) => LISTING_PATH.test(url.pathname) || AUTHOR_PATH.test(url.pathname) || isFormListing(url),
  findPapers: (doc, url, limit) => {
    const page = doc.querySelector('#dlpage');
    return page ? findDlEntries(page, url, limit) : [];
  },
  findBarPlace: (doc) => findDlBarPlace(doc.querySelector('#dlpage')),
};
