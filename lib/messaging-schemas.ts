import { z } from 'zod';
import { parseArxivId } from './arxiv/ids';
import { SummarySchema } from './pack/schema';

/** The page's papers: their canonical ids, and the title each shows, to match papers packs know by title. */
export const LookupRequestSchema = z.object({
  ids: z
    .array(z.string().max(40).refine((id) => parseArxivId(id)?.id === id, 'not a canonical arXiv id'))
    .max(10_000),
  titles: z.record(z.string().max(40), z.string().max(1_000)),
});

export const PaperInfoSchema = z.object({
  summaries: z.array(SummarySchema),
  curatedTags: z.array(z.string()),
  userTags: z.array(z.string()),
  saved: z.object({ state: z.enum(['to-read', 'reading', 'done']), addedAt: z.number() }).nullable(),
});

export const LookupResponseSchema = z.record(z.string(), PaperInfoSchema);

export type LookupRequest = z.infer<typeof LookupRequestSchema>;
export type PaperInfo = z.infer<typeof PaperInfoSchema>;
export type LookupResponse = z.infer<typeof LookupResponseSchema>;
