import { createHash } from 'node:crypto';
import { normalizeTag, normalizeText, normalizeTitle } from '../pack/normalize';
import { PACK_FORMAT, PACK_SCHEMA_VERSION, type Pack, type PackPaper } from '../pack/schema';
import { abstractMatcher } from './abstract-match';
import { isoDate, yearAfterArxivId } from './dates';
import { parseIdsTable } from './ids-table';
import { mergeEntries, type MergedPaper, type ResolvedEntry } from './merge-entries';
import { SEED_SOURCES } from './sources';
import { FALLBACK_TAG, taxonomyTags } from './taxonomy';
import type { CuratedEntry, ParseResult, SeedSource, SkippedEntry, SourceDate } from './types';

export interface SeedFile {
  name: string;
  text: string;
}

export interface BuildInput {
  /** The seed sources, in the order their entries are read. */
  files: readonly SeedFile[];
  /** The text of `arxiv-ids.tsv`. */
  idsTable: string;
}

export type IdOrigin = 'text' | 'tsv' | 'abstract';

export interface SourceReport {
  file: string;
  source: string;
  entries: number;
  skipped: SkippedEntry[];
  warnings: string[];
}

export interface BuildReport {
  sources: SourceReport[];
  /** Entries whose id came from each place. */
  idsFrom: Record<IdOrigin, number>;
  /** Entries the ids table lists as not on arXiv. */
  notOnArxiv: number;
  /** Entries left without an id. */
  entriesWithoutId: number;
  /** Listing abstracts that matched more than one paper's, and so were given none. */
  ambiguousAbstracts: string[];
  papers: number;
  /** Entries that joined a paper another entry had started. */
  mergedEntries: number;
  /** The papers told by more than one entry: id or title, and the sources. */
  mergedPapers: { paper: string; sources: string[] }[];
  papersWithoutId: number;
  /** Papers no source label and no taxonomy rule tagged, given the fallback tag. */
  fallbackTags: number;
  warnings: string[];
}

/** The one source whose format the text is; throws when none or several recognise it. */
function sourceOf(file: SeedFile): SeedSource {
  const matching = SEED_SOURCES.filter((source) => source.matches(file.text));
  if (matching.length === 0) {
    throw new Error(`${file.name}: not a known seed format (known: ${SEED_SOURCES.map((s) => s.name).join(', ')})`);
  }
  if (matching.length > 1) {
    throw new Error(`${file.name}: matches several seed formats (${matching.map((s) => s.name).join(', ')})`);
  }
  return matching[0]!;
}

/** Captured pages keep the no-break spaces their HTML put around bold words; plain text wants spaces. */
function cleanText(text: string): string {
  return normalizeText(text.replace(/\u00a0/g, ' '));
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

interface Parsed {
  file: SeedFile;
  source: SeedSource;
  result: ParseResult;
}

function parseAll(files: readonly SeedFile[]): Parsed[] {
  return files.map((file) => {
    const source = sourceOf(file);
    const result = source.parse(file.text);
    if (result.entries.length === 0) throw new Error(`${file.name}: read as ${source.name}, but no entry could be read`);
    return { file, source, result };
  });
}

export function buildPack(input: BuildInput): { pack: Pack; report: BuildReport } {
  const ids = parseIdsTable(input.idsTable);
  const parsed = parseAll(input.files);
  const warnings: string[] = [];
  const idsFrom: Record<IdOrigin, number> = { text: 0, tsv: 0, abstract: 0 };
  let notOnArxiv = 0;
  const ambiguousAbstracts: string[] = [];

  const matchAbstract = abstractMatcher(
    parsed.flatMap(({ result }) => result.entries.flatMap(({ id, abstract }) => (id && abstract ? [{ id, abstract }] : []))),
  );

  const resolve = (entry: CuratedEntry, source: SeedSource): ResolvedEntry => {
    const known = entry.heading !== undefined ? ids.byHeading(entry.heading) : entry.title !== undefined ? ids.byTitle(entry.title) : undefined;
    const title = known?.title ?? entry.title ?? entry.heading;
    const name = entry.id ?? title ?? '?';
    if (entry.heading !== undefined && !known) warnings.push(`${source.name}: heading "${entry.heading}" is not in arxiv-ids.tsv`);
    if (entry.id && known?.id && known.id !== entry.id) {
      warnings.push(`${source.name}: "${title}" is ${entry.id} in the source but ${known.id} in arxiv-ids.tsv; the source wins`);
    }

    let id: string | null = null;
    if (entry.id) {
      id = entry.id;
      idsFrom.text++;
    } else if (known?.id) {
      id = known.id;
      idsFrom.tsv++;
    } else if (known) {
      notOnArxiv++;
    } else if (entry.abstract) {
      const matches = matchAbstract(entry.abstract);
      if (matches.length === 1) {
        id = matches[0]!;
        idsFrom.abstract++;
      } else if (matches.length > 1) {
        ambiguousAbstracts.push(`${name} (${matches.join(', ')})`);
      }
    }

    const resolved: ResolvedEntry = {
      source: source.name,
      id,
      title: title === undefined ? null : cleanTitle(title),
      tags: entry.tags.map(normalizeTag),
    };
    const published = entry.published && isoDate(entry.published);
    if (published) resolved.published = published;
    if (entry.abstract) resolved.abstract = cleanText(entry.abstract);
    if (entry.summary) {
      const date = summaryDate(entry.summary.date, id);
      if (entry.summary.date && !date) warnings.push(`${source.name}: "${name}" has a summary date without a year and no id to date it by`);
      resolved.summary = {
        source: source.name,
        ...(date && { date }),
        text: cleanText(entry.summary.text),
        ...(source.machineWritten && { generated: true }),
      };
    }
    return resolved;
  };

  const resolved = parsed.flatMap(({ source, result }) => result.entries.map((entry) => resolve(entry, source)));
  const merged = mergeEntries(resolved);
  let fallbackTags = 0;
  const papers = merged.map((paper) => {
    const out = toPackPaper(paper);
    if (out.tags.length === 0) {
      out.tags.push(FALLBACK_TAG);
      fallbackTags++;
    }
    return out;
  });
  papers.sort(comparePapers);

  const pack: Pack = {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    id: 'core',
    name: 'arXiv Lens curated picks',
    version: createHash('sha256').update(JSON.stringify(papers)).digest('hex').slice(0, 16),
    generatedAt: latestDate(papers),
    papers,
  };

  const report: BuildReport = {
    sources: parsed.map(({ file, source, result }) => ({
      file: file.name,
      source: source.name,
      entries: result.entries.length,
      skipped: result.skipped,
      warnings: result.warnings,
    })),
    idsFrom,
    notOnArxiv,
    entriesWithoutId: resolved.filter((entry) => entry.id === null).length,
    ambiguousAbstracts,
    papers: papers.length,
    mergedEntries: resolved.length - merged.length,
    mergedPapers: merged
      .filter((paper) => paper.sources.length > 1)
      .map((paper) => ({ paper: paper.id ?? paper.title ?? '?', sources: paper.sources })),
    papersWithoutId: papers.filter((paper) => paper.id === null).length,
    fallbackTags,
    warnings,
  };
  return { pack, report };
}

/** A yearless date (a newsletter's "June 9th") takes its year from the paper's arXiv id. */
function summaryDate(date: SourceDate | undefined, id: string | null): string | undefined {
  if (!date) return undefined;
  if (date.year !== undefined) return isoDate(date);
  const dated = id === null ? undefined : yearAfterArxivId(date, id);
  return dated && isoDate(dated);
}

function toPackPaper(paper: MergedPaper): PackPaper {
  const text = [paper.title ?? '', paper.abstract ?? '', ...paper.summaries.map((s) => s.text)].join('\n\n');
  return {
    id: paper.id,
    title: paper.title,
    ...(paper.published && { published: paper.published }),
    ...(paper.abstract && { abstract: paper.abstract }),
    tags: [...new Set([...paper.tags, ...taxonomyTags(text)])],
    summaries: paper.summaries,
  };
}

/** Papers with an id first, by id, then the others by title: an order that does not depend on the input's. */
function comparePapers(a: PackPaper, b: PackPaper): number {
  const key = (p: PackPaper) => [p.id === null ? 1 : 0, p.id ?? '', normalizeTitle(p.title ?? '')] as const;
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

/** The pack is as new as the newest date in it, which keeps a rebuild of the same seeds byte-identical. */
function latestDate(papers: readonly PackPaper[]): string {
  const dates = papers.flatMap((p) => [p.published, ...p.summaries.map((s) => s.date)]).filter((d) => d !== undefined);
  if (dates.length === 0) throw new Error('no dated entry in any seed to date the pack by');
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

/** The pack file as committed: two-space JSON with a trailing newline. */
export function formatPack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
