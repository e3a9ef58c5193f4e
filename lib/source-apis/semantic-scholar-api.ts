import { z } from 'zod';
import { parseArxivId } from '../arxiv/ids';
import { describeZodError } from '../pack/parse';
import { PackPaperSchema, type PackPaper } from '../pack/schema';
import { SourceError } from './source-error';
import { fold } from './validated-paper';

export const S2_SOURCE = 'Semantic Scholar TLDR';

/** The `fields` query parameter of the batch request: just what `parseS2Batch` reads. */
export const S2_FIELDS = 'tldr,externalIds,citationCount';

// `tldr` is documented as `{model, text}` and expected to be null when there is none.
const S2PaperSchema = z.object({
  externalIds: z.object({ ArXiv: z.string().nullish() }).nullish(),
  citationCount: z.number().nullish(),
  tldr: z.object({ model: z.string().nullish(), text: z.string().nullish() }).nullish(),
});

type S2Paper = z.infer<typeof S2PaperSchema>;

/** What an error body says: `{"error": ...}` from the API, `{"message": ...}` from its gateway. */
function bodySays(json: unknown): string | null {
  const body = z.union([z.object({ error: z.string() }), z.object({ message: z.string() })]).safeParse(json);
  if (!body.success) return null;
  const said = fold('error' in body.data ? body.data.error : body.data.message).slice(0, 300);
  return said || null;
}

function toPaper(id: string, paper: S2Paper): PackPaper | null {
  const text = fold(paper.tldr?.text);
  const model = fold(paper.tldr?.model);
  const result = PackPaperSchema.safeParse({
    id,
    title: null,
    tags: [],
    summaries: text
      ? [{ source: S2_SOURCE, sourceUrl: `https://www.semanticscholar.org/arxiv/${id}`, text, ...(model ? { model } : {}), generated: true }]
      : [],
    ...(paper.citationCount != null ? { citationCount: paper.citationCount } : {}),
  });
  return result.success ? result.data : null;
}

/**
 * The body of `POST https://api.semanticscholar.org/graph/v1/paper/batch?fields=` + S2_FIELDS, sent
 * `{"ids": ["ARXIV:<id>", ...]}` for `requestedIds`. Keyed by each requested id, canonical; null
 * for a paper Semantic Scholar does not know (or sent in a shape we cannot read).
 */
export function parseS2Batch(text: string, requestedIds: readonly string[]): Map<string, PackPaper | null> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(
      /^\s*</.test(text) ? 'Semantic Scholar sent a web page instead of JSON' : `Semantic Scholar sent broken JSON: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(json)) {
    const said = bodySays(json);
    throw new SourceError(said ? `Semantic Scholar answered with an error: ${said}` : 'Semantic Scholar sent something other than a list of papers');
  }
  // The answer is matched to the request by position: a list of another length cannot be.
  if (json.length !== requestedIds.length) {
    throw new SourceError(`Semantic Scholar answered for ${json.length} papers where ${requestedIds.length} were asked for`);
  }
  const raws = json.map((item) => (item === null ? null : S2PaperSchema.safeParse(item)));
  const first = raws.find((raw) => raw !== null);
  // An odd paper is left null; no readable paper at all means the API's shape changed.
  if (first && !first.success && raws.every((raw) => raw === null || !raw.success)) {
    throw new SourceError(`Semantic Scholar sent papers in an unknown shape: ${describeZodError(first.error)}`);
  }
  const papers = new Map<string, PackPaper | null>();
  requestedIds.forEach((requested, index) => {
    const id = parseArxivId(requested)?.id ?? requested;
    const raw = raws[index];
    const arxiv = raw?.success ? raw.data.externalIds?.ArXiv : null;
    // A paper that names another arXiv id is not the one asked for: its TLDR must not land on this one.
    const matches = !arxiv || parseArxivId(arxiv)?.id === id;
    papers.set(id, raw?.success && matches ? toPaper(id, raw.data) : null);
  });
  return papers;
}

/** A message for the user from an error answer of the Semantic Scholar API. */
export function s2ErrorMessage(status: number, text: string): string {
  if (status === 403) return 'Semantic Scholar refused the API key (403 Forbidden): check the key';
  if (status === 429) return 'Semantic Scholar is rate-limiting requests (429 Too Many Requests): try again later';
  let said: string | null = null;
  try {
    said = bodySays(JSON.parse(text));
  } catch {
    // An HTML page from a proxy, or nothing: the status is all there is to say.
  }
  return said ? `Semantic Scholar answered ${status}: ${said}` : `Semantic Scholar answered ${status}`;
}
