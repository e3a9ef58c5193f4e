import { describe, expect, it } from 'vitest';
import { PAGE_DETECTORS } from '@/lib/pages';
import { EARLY_LIST_MATCHES } from '@/lib/pages/matches';

/** A manifest match pattern as the browser reads it: `*` in the path stands for anything. */
const matchesPattern = (pattern: string, url: string) => {
  const { origin, pathname, search } = new URL(url);
  const [patternOrigin, patternPath] = [pattern.slice(0, pattern.indexOf('/', 8)), pattern.slice(pattern.indexOf('/', 8))];
  const path = new RegExp(`^${patternPath.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return origin === patternOrigin && path.test(pathname + search);
};

const early = (url: string) => EARLY_LIST_MATCHES.some((pattern) => matchesPattern(pattern, url));

describe('where the content script runs from the start of the page', () => {
  it("every list page's URL, so its first screen is annotated while the list is parsed", () => {
    const listing = PAGE_DETECTORS.find((detector) => detector.kind === 'listing')!;
    for (const url of listing.testUrls) expect(early(url), url).toBe(true);
  });

  it("no other kind's page, whose parser its evaluation would hold up", () => {
    for (const detector of PAGE_DETECTORS.filter((d) => d.kind !== 'listing'))
      for (const url of detector.testUrls) expect(early(url), url).toBe(false);
  });
});
