import { z } from 'zod';
import { isCanonicalArxivId } from '../arxiv/ids';
import { DOI_PATTERN } from '../paper/doi';
import { IMPORT_LIMITS, PAPER_LIMITS } from '../paper/limits';
import type { Summary } from '../pack/schema';
import { READING_STATES } from '../paper/reading-states';

/** An arXiv category as `primaryClass` gives it: `cs.LG`, `hep-th`, `math.AG`. */
export const PRIMARY_CLASS = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/;

/** Milliseconds since 1970, within the range a Date can show. */
const epochMs = z.number().min(0).max(8.64e15);

const canonicalId = z.string().max(PAPER_LIMITS.idChars).refine(isCanonicalArxivId, 'not a canonical arXiv id (no version, no URL)');

/**
 * One paper of the user's, as every format speaks it. Dates a format does not record (a BibTeX
 * file or a list of ids knows no reading dates) are left out: the import dates new records with
 * its own time, and an undated state never wins over a dated one.
 */
export const UserPaperSchema = z
  .object({
    id: canonicalId,
    title: z.string().trim().min(1).max(PAPER_LIMITS.titleChars).optional(),
    authors: z.array(z.string().trim().min(1).max(PAPER_LIMITS.authorChars)).max(PAPER_LIMITS.authors).optional(),
    published: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    /** Date of the latest version. */
    updated: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    version: z.number().int().min(1).max(PAPER_LIMITS.highestVersion).optional(),
    primaryClass: z.string().max(PAPER_LIMITS.categoryChars).regex(PRIMARY_CLASS).optional(),
    doi: z
      .string()
      .regex(DOI_PATTERN, 'not a DOI: 10.NNNN/ then printable characters without spaces, braces, backslash or quotes')
      .max(PAPER_LIMITS.doiChars)
      .optional(),
    journalRef: z.string().trim().min(1).max(PAPER_LIMITS.journalRefChars).optional(),
    comment: z.string().trim().min(1).max(PAPER_LIMITS.commentChars).optional(),
    saved: z.object({ state: z.enum(READING_STATES), addedAt: epochMs.optional(), updatedAt: epochMs.optional() }).optional(),
    /** As written; each tag is cleaned (and a bad one reported) when imported. */
    tags: z.array(z.string()).max(IMPORT_LIMITS.tags),
    tagsUpdatedAt: epochMs.optional(),
    note: z.object({ text: z.string().max(PAPER_LIMITS.noteChars), updatedAt: epochMs.optional() }).optional(),
  })
  .refine((paper) => paper.saved || paper.tags.length > 0 || paper.note?.text.trim(), {
    message: 'nothing to import: not saved, no tags, no note',
  });

/**
 * `summaries`, best first, go out with a paper (the backup keeps them all, CSV its best line) but
 * never come back in: they are the packs' and sources', not the user's, and those give them again.
 */
export type UserPaper = z.infer<typeof UserPaperSchema> & { summaries?: Summary[] };

/** A paper on the reading list. */
export type SavedPaper = UserPaper & { saved: NonNullable<UserPaper['saved']> };

export interface Rejected {
  /** What the user can find the record by: an id, a BibTeX key, a line number. */
  record: string;
  reason: string;
}

export interface ParsedImport {
  papers: UserPaper[];
  rejected: Rejected[];
}

export interface ExportFormat {
  id: 'backup' | 'bibtex' | 'csv' | 'ris';
  label: string;
  extension: string;
  mimeType: string;
  serialize(papers: UserPaper[], now: Date): string;
}

export interface ImportFormat {
  id: 'backup' | 'bibtex' | 'id-list';
  label: string;
  /** Whether the text looks like this format; the first format that claims a file reads it. */
  sniff(text: string): boolean;
  /** Reads every record it can; throws an ImportError when the file as a whole is unreadable. */
  parse(text: string): ParsedImport;
}

/** Why a file was refused as a whole, in words a user can act on. Nothing was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** What the user reads when a file is none of the formats arXiv Lens imports. */
export const FOREIGN_FILE = 'This file is not an arXiv Lens backup, a BibTeX file or a list of arXiv ids.';
