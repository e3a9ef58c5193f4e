import { z } from 'zod';
import { isCanonicalArxivId } from './arxiv/ids';
import { PageMetaSchema } from './pack/schema';
import { MESSAGE_LIMITS, PAGE_URL_CHARS, PAPER_LIMITS } from './paper/limits';
import { READING_STATES } from './paper/reading-states';
import { ALL_PAGE_KINDS } from './preferences';

/** One rule for an id, whether a message names one paper or a lookup names thousands. */
const isPaperId = (id: unknown): id is string => typeof id === 'string' && id.length <= PAPER_LIMITS.idChars && isCanonicalArxivId(id);

const paperId = z.custom<string>(isPaperId, 'not a canonical arXiv id');

/*
 * A lookup names up to thousands of papers. Checked element by element, Zod built a result and its
 * bookkeeping for each and took most of the background's answer; checked whole, the same rules hold.
 */
const isLookupIds = (ids: unknown): ids is string[] => Array.isArray(ids) && ids.length <= MESSAGE_LIMITS.lookupIds && ids.every(isPaperId);

const isLookupTitles = (titles: unknown): titles is Record<string, string> => {
  if (typeof titles !== 'object' || titles === null || Array.isArray(titles)) return false;
  return Object.entries(titles).every(
    ([id, title]) => id.length <= PAPER_LIMITS.idChars && typeof title === 'string' && title.length <= PAPER_LIMITS.titleChars,
  );
};

/** The page's papers: their canonical ids, and the title each shows, to match papers packs know by title. */
export const LookupRequestSchema = z.object({
  ids: z.custom<string[]>(isLookupIds, `not a list of at most ${MESSAGE_LIMITS.lookupIds} canonical arXiv ids`),
  titles: z.custom<Record<string, string>>(isLookupTitles, `not titles of at most ${PAPER_LIMITS.titleChars} characters by paper id`),
  /** The kind of page asking, when a page asks: sources look up what such pages show. */
  page: z.enum(ALL_PAGE_KINDS).optional(),
});

/** A list being parsed: a paper of each month its entries reached since it last said, for the shards they need. */
export const PrefetchShardsRequestSchema = z.object({
  ids: z.custom<string[]>(isLookupIds, `not a list of at most ${MESSAGE_LIMITS.lookupIds} canonical arXiv ids`),
});

/** The rows of a title-only list the reader reached, whose abstracts the page wants, the first on screen first. */
export const AbstractsRequestSchema = z.object({ ids: z.array(paperId).max(MESSAGE_LIMITS.abstractIds) });

export const SaveRequestSchema = z.object({
  id: paperId,
  title: z.string().trim().max(PAPER_LIMITS.titleChars).optional(),
  /** The version the page shows (`/abs/<id>v2`), so a newer one can be pointed out later. */
  version: z.number().int().min(1).max(PAPER_LIMITS.highestVersion).optional(),
  /** What the page shows of the paper's bibliography, kept until arXiv's API has answered. */
  meta: PageMetaSchema.optional(),
});
export const HideSourceRequestSchema = z.object({ source: z.string().trim().min(1).max(PAPER_LIMITS.nameChars) });
export const PaperRequestSchema = z.object({ id: paperId });
export const StateRequestSchema = z.object({ id: paperId, state: z.enum(READING_STATES) });
export const TagRequestSchema = z.object({ id: paperId, tag: z.string().max(MESSAGE_LIMITS.typedTagChars) });
export const NoteRequestSchema = z.object({ id: paperId, text: z.string().max(PAPER_LIMITS.noteChars) });

const epochMs = z.number().int().nonnegative();

/** A reading-list entry the popup removed, put back as it was. */
export const RestoreSavedRequestSchema = z.object({
  id: paperId,
  title: z.string().max(PAPER_LIMITS.titleChars).optional(),
  version: z.number().int().min(1).max(PAPER_LIMITS.highestVersion).optional(),
  addedAt: epochMs,
  state: z.enum(READING_STATES),
  updatedAt: epochMs,
});

const pageUrl = z.string().max(PAGE_URL_CHARS).url();

/** A list page was annotated: its papers, in page order, for what was seen before and what was set aside. */
export const ListOpenedRequestSchema = z.object({ url: pageUrl, ids: z.array(paperId).max(MESSAGE_LIMITS.lookupIds) });

/** Where the user stopped triaging a list, so a reload the same day goes on from there. */
export const TriageProgressRequestSchema = z.object({ url: pageUrl, currentId: paperId, position: z.number().int().min(1) });

const pageText = (chars: number) => z.string().max(chars);

/**
 * A list to rank for the user: `list` names the page's list for this visit; its papers, as the
 * page shows them, are sent the first time and whenever the background asks for them again.
 */
export const RankListRequestSchema = z.object({
  url: pageUrl,
  list: z.string().min(1).max(64),
  papers: z
    .array(
      z.object({
        id: paperId,
        title: pageText(PAPER_LIMITS.titleChars).optional(),
        abstract: pageText(MESSAGE_LIMITS.rankedAbstractChars).optional(),
        authors: z.array(pageText(PAPER_LIMITS.authorChars)).max(MESSAGE_LIMITS.rankedAuthors).optional(),
        categories: z.array(pageText(PAPER_LIMITS.categoryChars)).max(PAPER_LIMITS.categories).optional(),
      }),
    )
    .max(MESSAGE_LIMITS.lookupIds)
    .optional(),
});

export type LookupRequest = z.infer<typeof LookupRequestSchema>;
export type PrefetchShardsRequest = z.infer<typeof PrefetchShardsRequestSchema>;
export type AbstractsRequest = z.infer<typeof AbstractsRequestSchema>;
export type RankListRequest = z.infer<typeof RankListRequestSchema>;
export type ListOpenedRequest = z.infer<typeof ListOpenedRequestSchema>;
export type TriageProgressRequest = z.infer<typeof TriageProgressRequestSchema>;
export type SaveRequest = z.infer<typeof SaveRequestSchema>;
export type PaperRequest = z.infer<typeof PaperRequestSchema>;
export type StateRequest = z.infer<typeof StateRequestSchema>;
export type TagRequest = z.infer<typeof TagRequestSchema>;
export type NoteRequest = z.infer<typeof NoteRequestSchema>;
export type RestoreSavedRequest = z.infer<typeof RestoreSavedRequestSchema>;
export type HideSourceRequest = z.infer<typeof HideSourceRequestSchema>;
