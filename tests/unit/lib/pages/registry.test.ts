import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import content from '@/entrypoints/content';
import { parseArxivId } from '@/lib/arxiv/ids';
import { PAGE_DETECTORS, type PageKind } from '@/lib/pages';
import { PARSED_LIST_MATCHES } from '@/lib/pages/matches';
import { ALL_PAGE_KINDS } from '@/lib/preferences';
import { FIXTURE_PAGES } from '../../../fixtures/pages';

/*
 * Adding a page kind is one file in lib/pages/ and one line in PAGE_DETECTORS; these tests name
 * everything else a new kind needs before users can see it, and fail until it is there.
 */

const text = (file: string) => readFileSync(file, 'utf8');

/** The keys of settings-panel.tsx's KIND_LABELS, which labels each kind's switch in the options page. */
function kindLabels(): string[] {
  const block = /const KIND_LABELS[^=]*=\s*\{([^}]*)\}/.exec(text('components/options/settings-panel.tsx'))?.[1] ?? '';
  return [...block.matchAll(/^\s*'?([a-z-]+)'?\s*:/gm)].map((m) => m[1]!);
}

/** A WebExtension match pattern (`https://host/*`) as a test of a URL. */
function coveredBy(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme || !host || !path) return false;
  const { protocol, hostname, pathname, search } = new URL(url);
  const hostOk = host === '*' || hostname === host || (host.startsWith('*.') && (hostname === host.slice(2) || hostname.endsWith(host.slice(1))));
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return (scheme === '*' || `${scheme}:` === protocol) && hostOk && glob.test(pathname + search);
}

/** The host permissions wxt.config.ts gives the manifest. */
function hostPermissions(): string[] {
  const list = /host_permissions:\s*\[([^\]]*)\]/.exec(text('wxt.config.ts'))?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** The pages README's "What it does" lists, by bullet: `**Paper pages** (…)` and `**Lists** (…)`. */
function readmePageLists(): Map<string, string> {
  const section = /## What it does\n([\s\S]*?)\n## /.exec(text('README.md'))?.[1] ?? '';
  const lists = new Map<string, string>();
  for (const bullet of section.split(/\n- /)) {
    const [, title, pages] = /\*\*([^*]+)\*\* \(([^)]*)\)/.exec(bullet.replace(/\s+/g, ' ')) ?? [];
    if (title && pages) lists.set(title, pages);
  }
  return lists;
}

/** How README names each kind, in the bullet for its role: panels are paper pages, rows are lists. */
const README_NAMES: Record<PageKind, RegExp> = {
  abs: /`\/abs\/`/,
  html: /`\/html\/`/,
  listing: /\blistings\b/,
  catchup: /\bcatch-up\b/,
  search: /\bsearch\b/,
  'hf-list': /\bHugging Face daily\/weekly\/monthly lists\b/,
  'hf-paper': /\bHugging Face [^,]*\bpaper pages\b/,
};
const README_BULLET = { panel: 'Paper pages', row: 'Lists' } as const;

describe.each(PAGE_DETECTORS.map((d) => [d.kind, d] as const))('page kind %s', (kind, detector) => {
  it('has a switch in the options page, on by default', () => {
    expect(kindLabels()).toContain(kind);
    expect(ALL_PAGE_KINDS).toContain(kind);
  });

  it('has a saved page to be tested on', () => {
    expect(FIXTURE_PAGES.filter((p) => p.kind === kind).length).toBeGreaterThan(0);
  });

  it("is among the content script's matches and the manifest's host permissions", () => {
    // One list for every browser: what WXT writes into each manifest.
    const matches = content.matches as string[];
    for (const url of detector.testUrls) {
      expect(
        matches.some((pattern) => coveredBy(pattern, url)),
        `${url} in ${matches.join(' ')}`,
      ).toBe(true);
      expect(
        hostPermissions().some((pattern) => coveredBy(pattern, url)),
        `${url} in host_permissions`,
      ).toBe(true);
    }
  });

  it('is named in README\'s "What it does"', () => {
    expect(readmePageLists().get(README_BULLET[detector.role])).toMatch(README_NAMES[kind]);
  });
});

describe.each(PAGE_DETECTORS.filter((d) => d.paperFromUrl).map((d) => [d.kind, d] as const))(
  'page kind %s, looked up from its URL',
  (kind, detector) => {
    it('names its one paper in every URL: the paper its saved pages are about', () => {
      for (const url of detector.testUrls) expect(parseArxivId(url), url).not.toBeNull();
      for (const page of FIXTURE_PAGES.filter((p) => p.kind === kind)) expect(page.ids).toEqual([parseArxivId(page.url)!.id]);
    });
  },
);

it('every page kind a user can switch has a detector', () => {
  expect([...ALL_PAGE_KINDS].sort()).toEqual(PAGE_DETECTORS.map((d) => d.kind).sort());
});

it('the match patterns are read as the browser reads them', () => {
  expect(coveredBy('https://arxiv.org/*', 'https://arxiv.org/abs/2405.20519')).toBe(true);
  expect(coveredBy('https://arxiv.org/*', 'https://arxiv.org.evil.com/abs/2405.20519')).toBe(false);
  expect(coveredBy('https://arxiv.org/*', 'http://arxiv.org/abs/2405.20519')).toBe(false);
  expect(coveredBy('https://*.arxiv.org/*', 'https://www.arxiv.org/abs/2405.20519')).toBe(true);
});

describe("arXiv's lists, which run the UI's script as they start", () => {
  const covered = (url: string) => PARSED_LIST_MATCHES.some((pattern) => coveredBy(pattern, url));

  it('are every listing, author page and catch-up page', () => {
    for (const detector of PAGE_DETECTORS.filter((d) => d.kind === 'listing' || d.kind === 'catchup'))
      for (const url of detector.testUrls) expect(covered(url), url).toBe(true);
  });

  it('are no paper page, which imports the script once it is parsed', () => {
    for (const detector of PAGE_DETECTORS.filter((d) => d.role === 'panel'))
      for (const url of detector.testUrls) expect(covered(url), url).toBe(false);
  });
});
