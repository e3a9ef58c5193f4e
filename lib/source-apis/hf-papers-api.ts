import { z } from 'zod';
import { parseArxivId } from '../arxiv/ids';
import { normalizeTag } from '../pack/normalize';
import { describeZodError } from '../pack/parse';
import type { PackPaper } from '../pack/schema';
import { PACK_LIMITS, PAPER_LIMITS } from '../paper/limits';
import { SourceError } from './source-error';
import { fold, validatedPaper } from './validated-paper';

export const HF_DAILY_SOURCE = 'Hugging Face Daily Papers';

// Only the fields we read. Answers from 2024 lack every field from `submittedOnDailyAt` on, and
// the API sends null as readily as it leaves a field out.
const HfPaperSchema = z.object({
  id: z.string(),
  title: z.string().nullish(),
  authors: z.array(z.object({ name: z.string().nullish(), hidden: z.boolean().nullish() })).nullish(),
  publishedAt: z.string().nullish(),
  summary: z.string().nullish(),
  upvotes: z.number().nullish(),
  submittedOnDailyAt: z.string().nullish(),
  ai_summary: z.string().nullish(),
  ai_summary_model: z.string().nullish(),
  ai_keywords: z.array(z.string()).nullish(),
  githubRepo: z.string().nullish(),
  githubStars: z.number().nullish(),
  projectPage: z.string().nullish(),
});

const HfDailyItemSchema = z.object({
  paper: HfPaperSchema,
  /** The paper's title without arXiv's hard line breaks. */
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

type HfPaper = z.infer<typeof HfPaperSchema>;
type HfDailyItem = z.infer<typeof HfDailyItemSchema>;

/** Server-chosen text shown to the user: one line, bounded. */
const quote = (text: string) => fold(text).slice(0, 300);

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SourceError(
      /^\s*</.test(text) ? 'Hugging Face sent a web page instead of JSON' : `Hugging Face sent broken JSON: ${(error as Error).message}`,
    );
  }
}

/** Hugging Face's error bodies are `{"error": "..."}`. */
function refusal(json: unknown): SourceError | null {
  const body = z.object({ error: z.string() }).safeParse(json);
  return body.success ? new SourceError(`Hugging Face answered with an error: ${quote(body.data.error)}`) : null;
}

function tags(keywords: readonly string[]): string[] {
  const kept = keywords.map(normalizeTag).filter((tag) => tag !== '' && tag.length <= PAPER_LIMITS.tagChars);
  return [...new Set(kept)].slice(0, PACK_LIMITS.tags);
}

function toPaper(paper: HfPaper, item?: HfDailyItem): PackPaper | null {
  // Hugging Face names its papers by arXiv id; anything else is no paper this extension can place.
  const id = parseArxivId(paper.id)?.id;
  if (!id) return null;
  const summary = fold(paper.ai_summary);
  const date = paper.submittedOnDailyAt ?? item?.publishedAt ?? undefined;
  return validatedPaper({
    id,
    title: fold(item?.title) || fold(paper.title) || null,
    authors: (paper.authors ?? [])
      .filter((author) => author.hidden !== true)
      .map((author) => fold(author.name))
      .filter((name) => name !== '' && name.length <= 300)
      .slice(0, PAPER_LIMITS.authors),
    published: paper.publishedAt ?? undefined,
    abstract: fold(paper.summary),
    tags: tags(paper.ai_keywords ?? []),
    summaries: summary
      ? [
          {
            source: HF_DAILY_SOURCE,
            sourceUrl: `https://huggingface.co/papers/${id}`,
            ...(date ? { date } : {}),
            text: summary,
            ...(paper.ai_summary_model ? { model: paper.ai_summary_model } : {}),
            generated: true,
          },
        ]
      : [],
    upvotes: paper.upvotes ?? undefined,
    github: paper.githubRepo ? { url: paper.githubRepo, ...(paper.githubStars != null ? { stars: paper.githubStars } : {}) } : undefined,
    projectPage: paper.projectPage ?? undefined,
  });
}

/** The body of `GET https://huggingface.co/api/daily_papers?date=YYYY-MM-DD`. */
export function parseHfDailyPapers(text: string): PackPaper[] {
  return parseHfDailyPage(text).papers;
}

/** The same, with how many items the page held: a full page means another may follow, whatever could be read of it. */
export function parseHfDailyPage(text: string): { papers: PackPaper[]; items: number } {
  const json = readJson(text);
  if (!Array.isArray(json)) throw refusal(json) ?? new SourceError('Hugging Face sent something other than a list of papers');
  const items = json.map((item) => HfDailyItemSchema.safeParse(item));
  const first = items[0];
  // An odd item is skipped; no readable item at all means the API's shape changed.
  if (first && !first.success && items.every((item) => !item.success)) {
    throw new SourceError(`Hugging Face sent papers in an unknown shape: ${describeZodError(first.error)}`);
  }
  return { papers: items.flatMap((item) => (item.success ? (toPaper(item.data.paper, item.data) ?? []) : [])), items: items.length };
}

/** The body of `GET https://huggingface.co/api/papers/<id>`. */
export function parseHfPaper(text: string): PackPaper {
  const json = readJson(text);
  const raw = HfPaperSchema.safeParse(json);
  if (!raw.success) throw refusal(json) ?? new SourceError(`Hugging Face sent a paper in an unknown shape: ${describeZodError(raw.error)}`);
  const paper = toPaper(raw.data);
  if (!paper) throw new SourceError(`Hugging Face sent a paper that cannot be used: ${quote(raw.data.id)}`);
  return paper;
}
