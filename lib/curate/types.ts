/** A calendar day as a source prints it; some sources leave the year out. */
export interface SourceDate {
  year?: number;
  month: number;
  day: number;
}

/** One paper as one source tells it, before ids are resolved and sources are merged. */
export interface CuratedEntry {
  /** The title as the source prints it. */
  title?: string;
  /** A short name the source uses instead of the title, looked up in the ids table's `seed_heading` column. */
  heading?: string;
  /** A canonical arXiv id the source itself gives. */
  id?: string;
  published?: SourceDate;
  /** The authors' own abstract, as opposed to a curator's summary. */
  abstract?: string;
  /** The source's own topic labels. */
  tags: string[];
  summary?: { text: string; date?: SourceDate };
}

export interface SkippedEntry {
  /** Enough of the entry's text to find it in the source. */
  entry: string;
  reason: string;
}

export interface ParseResult {
  entries: CuratedEntry[];
  skipped: SkippedEntry[];
  /** Things a curator should look at that did not cost an entry. */
  warnings: string[];
}

export interface SeedSource {
  /** The human name summaries credit. */
  name: string;
  /** Its summaries are written by a language model: they carry the "AI-generated" label. */
  machineWritten?: boolean;
  /** Recognises the format from the text itself, whatever the file is called. */
  matches(text: string): boolean;
  parse(text: string): ParseResult;
}
