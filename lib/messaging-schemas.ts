import { z } from 'zod';
import { parseArxivId } from './arxiv/ids';
import { PageMetaSchema } from './pack/schema';
import { ALL_PAGE_KINDS } from './preferences';

const paperId = z
  .string()
  .max(40)
  .refine((id) => parseArxivId(id)?.id === id, 'not a canonical arXiv id');

const ReadingStateSchema = z.enum(['to-read', 'reading', 'done']);

/** The page's papers: their canonical ids, and the title each shows, to match papers packs know by title. */
export const LookupRequestSchema = z.object({
  ids: z.array(paperId).max(10_000),
  titles: z.record(z.string().max(40), z.string().max(1_000)),
  /** The kind of page asking, when a page asks: sources look up what such pages show. */
  page: z.enum(ALL_PAGE_KINDS).optional(),
});

export const SaveRequestSchema = z.object({
  id: paperId,
  title: z.string().trim().max(1_000).optional(),
  /** The version the page shows (`/abs/<id>v2`), so a newer one can be pointed out later. */
  version: z.number().int().min(1).max(1_000).optional(),
  /** What the page shows of the paper's bibliography, kept until arXiv's API has answered. */
  meta: PageMetaSchema.optional(),
});
export const HideSourceRequestSchema = z.object({ source: z.string().trim().min(1).max(200) });
export const PaperRequestSchema = z.object({ id: paperId });
export const StateRequestSchema = z.object({ id: paperId, state: ReadingStateSchema });
export const TagRequestSchema = z.object({ id: paperId, tag: z.string().max(200) });

export type LookupRequest = z.infer<typeof LookupRequestSchema>;
export type SaveRequest = z.infer<typeof SaveRequestSchema>;
export type PaperRequest = z.infer<typeof PaperRequestSchema>;
export type StateRequest = z.infer<typeof StateRequestSchema>;
export type TagRequest = z.infer<typeof TagRequestSchema>;
export type HideSourceRequest = z.infer<typeof HideSourceRequestSchema>;
