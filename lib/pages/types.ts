import type { PageMeta } from '../pack/schema';

export type PageKind = 'abs' | 'html' | 'listing' | 'catchup' | 'search' | 'hf-list' | 'hf-paper';

/** `panel`: the one paper a page is about; `row`: one of many papers in a list. */
export type HostRole = 'panel' | 'row';

/** Where the UI goes relative to its anchor, in the terms of WXT's content-script UI. */
export type Placement = 'after' | 'before' | 'last' | 'first';

/** The parts of arXiv's daily `/new` page (and its catch-up pages) an entry can stand in. */
export type ListSection = 'new' | 'cross-list' | 'replacement';

export interface PagePaper {
  id: string;
  version?: number;
  title?: string;
  /** The element the extension's UI attaches to. */
  anchor: Element;
  /** The page's elements that make up this paper's entry in a list, hidden together by filters. */
  entry?: Element[];
  /** What the page shows of the paper's bibliography; read only when the paper is saved or ranked. */
  meta?: () => PageMeta;
  /** The section of a daily listing it stands in, when the page has sections. */
  section?: ListSection;
  /** The abstract the page shows of it, read only when the page's papers are ranked or a drawn paper has no summary. */
  abstract?: () => string | undefined;
  /** The page holds the abstract in its data without showing it: the row offers to unfold it. */
  abstractHidden?: boolean;
}

export interface BarPlace {
  anchor: Element;
  placement: Placement;
}

export interface PageDetector {
  kind: PageKind;
  role: HostRole;
  placement: Placement;
  /**
   * The hostnames this kind is served from. The content script's `matches` are built from them, so
   * a kind on a new site is injected there without a second list to keep in step.
   */
  hosts: readonly string[];
  /** URLs of this kind, checked against every other detector in the tests. */
  testUrls: readonly string[];
  /** Whether a URL on one of `hosts` is a page of this kind. */
  matches(url: URL): boolean;
  /**
   * The URL names the page's one paper, so its lookup is sent before the page is parsed and, for a
   * panel, the panel is rendered by the time the page is: the first thing the reader sees is ready.
   */
  paperFromUrl?: boolean;
  /**
   * Panels only: set smaller, for a page where the panel sits above the paper's own title and a
   * full-size one would push the paper out of the first screen.
   */
  compact?: boolean;
  /**
   * A single-page app: its routes and lists change without a page load, so the content script
   * re-runs when the page's own nodes change. Any page of its hosts may route to this kind, so
   * every page on them is watched.
   */
  spa?: boolean;
  /**
   * Every paper on the page; an empty list, never an error, when the layout is not what we know.
   * With `limit`, a detector may stop after the first that many: a list read while it is parsed.
   */
  findPapers(doc: Document, url: URL, limit?: number): PagePaper[];
  /** Lists only: where the bar with counts and filters goes, above the first entry. */
  findBarPlace?(doc: Document): BarPlace | null;
}
