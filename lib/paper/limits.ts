// Every bound on what arXiv Lens takes in, apart from the schemas so that pages can use them without bundling Zod.

/**
 * One paper's fields, wherever the paper comes from: a pack, a source, an imported file, a page or
 * the user. Generous for real papers, they keep a hostile document from filling the user's disk.
 */
export const PAPER_LIMITS = {
  /** Longer than any canonical id: a cheap check before the id is parsed. */
  idChars: 64,
  titleChars: 1_000,
  authors: 500,
  authorChars: 300,
  highestVersion: 1_000,
  categories: 50,
  categoryChars: 40,
  doiChars: 300,
  journalRefChars: 1_000,
  commentChars: 2_000,
  /** An abstract or a summary. */
  textChars: 20_000,
  /** Who wrote a summary: its source, or the model. */
  nameChars: 200,
  /** A tag from a pack or of the user's, once cleaned. */
  tagChars: 48,
  noteChars: 20_000,
} as const;

/** The address of a page a content script reports: longer than any page the extension annotates. */
export const PAGE_URL_CHARS = 8_000;

/** What keeps one pack or feed from filling the user's disk or freezing the page that shows it. */
export const PACK_LIMITS = {
  papers: 200_000,
  tags: 30,
  summaries: 20,
  /** The pack's own name and version. */
  nameChars: 200,
  versionChars: 100,
  shards: 2_000,
  shardUrlChars: 2_000,
} as const;

/** What keeps one imported file from filling the user's disk or freezing the options page. */
export const IMPORT_LIMITS = {
  /** A backup takes about 1.5 KB a paper with a note and two summaries: some 30,000 papers fit. */
  fileBytes: 50 * 1024 * 1024,
  papers: 200_000,
  tags: 100,
  /** How deep BibTeX `@string` macros may be built of one another; real files nest two or three. */
  bibtexMacroDepth: 10,
  /** The longest value a BibTeX macro may expand to, and all expansions of one file together. */
  bibtexMacroChars: 100_000,
  bibtexExpansionChars: 5_000_000,
} as const;

/** What one message from a page may ask of the background. */
export const MESSAGE_LIMITS = {
  /** Papers one lookup asks about; a long listing shows 2,000. */
  lookupIds: 10_000,
  /** Abstracts one question asks for: the rows a reader reaches, a few screens at a time. */
  abstractIds: 200,
  /** A tag as typed, before it is cleaned to `PAPER_LIMITS.tagChars`. */
  typedTagChars: 200,
  /** What a list page tells of each paper for its ranking: enough of an abstract to rank by. */
  rankedAbstractChars: 2_000,
  rankedAuthors: 50,
} as const;
