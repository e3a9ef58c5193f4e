import { z } from 'zod';
import { parseArxivId } from './arxiv/ids';

const paperId = z
  .string()
  .max(40)
  .refine((id) => parseArxivId(id)?.id === id, 'not a canonical arXiv id');

const ReadingStateSchema = z.enum(['to-read', 'reading', 'done']);

/** The page's papers: their canonical ids, and the title each shows, to match papers packs know by title. */
export const LookupRequestSchema = z.object({
  ids: z.array(paperId).max(10_000),
  titles: z.record(z.string().max(40), z.string().max(1_000)),
});

export const SaveRequestSchema = z.object({ id: paperId, title: z.string().trim().max(1_000).optional() });
export const PaperRequestSchema = z.object({ id: paperId });
export const StateRequestSchema = z.object({ id: paperId, state: ReadingStateSchema });
export const TagRequestSchema = z.object({ id: paperId, tag: z.string().max(200) });

export type LookupRequest = z.infer<typeof LookupRequestSchema>;
export type SaveRequest = z.infer<typeof SaveRequestSchema>;
export type PaperRequest = z.infer<typeof PaperRequestSchema>;
export type StateRequest = z.infer<typeof StateRequestSchema>;
export type TagRequest = z.infer<typeof TagRequestSchema>;
