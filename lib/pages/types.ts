import type { PageMeta } from '../pack/schema';

export type PageKind = 'abs' | 'html' | 'listing' | 'catchup' | 'search' | 'hf-list' | 'hf-paper';

/** `panel`: the one paper a page is about; `row`: one of many papers in a list. */
export type HostRole = 'panel' | 'row';

/** Where the UI goes relative to its anchor, in the terms of WXT's content-script UI. */
export type Placement = 'after' | 'before' | 'last' | 'first';

export interface PagePaper {
  id: string;
  version?: number;
  title?: string;
  /** The element the extension's UI attaches to. */
  anchor: Element;
  /** The page's elements that make up this paper's entry in a list, hidden together by filters. */
  entry?: Element[];
  /** What the page shows of the paper's bibliography; read only when the paper is saved. */
  meta?: () => PageMeta;
}

export interface BarPlace {
  anchor: Element;
  placement: Placement;
}

export interface PageDetector {
  kind: PageKind;
  role: HostRole;
  placement: Placement;
  /** URLs of this kind, checked against every other detector in the tests. */
  testUrls: readonly string[];
  matches(url: URL): boolean;
  /** Every paper on the page; an empty list, never an error, when the layout is not what we know. */
  findPapers(doc: Document, url: URL): PagePaper[];
  /** Lists only: where the bar with counts and filters goes, above the first entry. */
  findBarPlace?(doc: Document): BarPlace | null;
}
