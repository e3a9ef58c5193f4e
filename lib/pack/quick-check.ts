import type { z } from 'zod';
import { isCanonicalArxivId } from '../arxiv/ids';
import { unreservedSourceName } from '../paper/key-sentence-source';
import { PACK_LIMITS, PAPER_LIMITS } from '../paper/limits';
import { normalizeTag, normalizeTitle } from './normalize';
import { PackHeaderSchema, PackPaperFields, SummarySchema, type Pack, type PackPaper, type Summary } from './schema';

/**
 * The pack schema's checks written out by hand for the fields every pack paper has (its id, title,
 * texts, tags and summaries), the others handed to that field's own Zod schema. Zod, which runs
 * without its JIT in the extension (extension pages forbid eval), took seconds over a pack of
 * 100,000 papers and each month's shard of a feed. It never decides alone: whatever it does not
 * accept goes to the whole schema, which then either accepts it as well or says why not; so it
 * accepts only what the schema accepts, and gives what the schema would.
 */

const INVALID = Symbol('invalid');
type Checked<T> = T | typeof INVALID;
type Check = (value: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `z.string().trim().min(1).max(max)`. */
const plainText =
  (max: number): Check =>
  (value) => {
    if (typeof value !== 'string') return INVALID;
    const trimmed = value.trim();
    return trimmed.length >= 1 && trimmed.length <= max ? trimmed : INVALID;
  };

const count =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? value : INVALID;

const list =
  (max: number, item: Check): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if ((out[i] = item(value[i])) === INVALID) return INVALID;
    return out;
  };

const byZod =
  (schema: z.ZodType): Check =>
  (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : INVALID;
  };

const tag: Check = (value) => {
  if (typeof value !== 'string') return INVALID;
  const normalized = normalizeTag(value);
  return normalized.length >= 1 && normalized.length <= PAPER_LIMITS.tagChars ? normalized : INVALID;
};

const sourceName = plainText(PAPER_LIMITS.nameChars);

const SUMMARY_FIELDS: { [K in keyof Summary]-?: Check } = {
  source: (value) => {
    const name = sourceName(value);
    return name === INVALID ? INVALID : unreservedSourceName(name as string);
  },
  sourceUrl: byZod(SummarySchema.shape.sourceUrl),
  date: byZod(SummarySchema.shape.date),
  text: plainText(PAPER_LIMITS.textChars),
  model: plainText(PAPER_LIMITS.nameChars),
  generated: (value) => (typeof value === 'boolean' ? value : INVALID),
};

const PAPER_FIELDS: { [K in keyof PackPaper]-?: Check } = {
  id: (value) => (value === null || (typeof value === 'string' && isCanonicalArxivId(value)) ? value : INVALID),
  title: (value) => (value === null ? null : plainText(PAPER_LIMITS.titleChars)(value)),
  authors: list(PAPER_LIMITS.authors, plainText(PAPER_LIMITS.authorChars)),
  published: byZod(PackPaperFields.shape.published),
  abstract: plainText(PAPER_LIMITS.textChars),
  tags: (value) => {
    const tags = list(PACK_LIMITS.tags, tag)(value);
    return tags === INVALID ? INVALID : [...new Set(tags as string[])];
  },
  summaries: list(PACK_LIMITS.summaries, (value) => checkFields(value, SUMMARY_FIELDS, SUMMARY_REQUIRED)),
  updated: byZod(PackPaperFields.shape.updated),
  version: count(1, PAPER_LIMITS.highestVersion),
  categories: byZod(PackPaperFields.shape.categories),
  doi: byZod(PackPaperFields.shape.doi),
  journalRef: plainText(PAPER_LIMITS.journalRefChars),
  comment: plainText(PAPER_LIMITS.commentChars),
  upvotes: count(0),
  citationCount: count(0),
  github: byZod(PackPaperFields.shape.github),
  projectPage: byZod(PackPaperFields.shape.projectPage),
};

const SUMMARY_REQUIRED = new Set(['source', 'text']);
const PAPER_REQUIRED = new Set(['id', 'title', 'tags', 'summaries']);

/** An object of these fields, those it lacks left out and those the schema does not know dropped, as Zod's objects do. */
function checkFields(value: unknown, fields: Record<string, Check>, required: ReadonlySet<string>): unknown {
  if (!isRecord(value)) return INVALID;
  const out: Record<string, unknown> = {};
  for (const key in fields) {
    if (!Object.hasOwn(value, key)) {
      if (required.has(key)) return INVALID;
      continue;
    }
    const field = value[key];
    if (field === undefined) return INVALID;
    if ((out[key] = fields[key]!(field)) === INVALID) return INVALID;
  }
  return out;
}

/** The paper as `PackPaperSchema` gives it, or INVALID when the schema must decide (and say why). */
function quickPaper(value: unknown): Checked<PackPaper> {
  const paper = checkFields(value, PAPER_FIELDS, PAPER_REQUIRED) as Checked<PackPaper>;
  if (paper === INVALID) return INVALID;
  if (paper.id === null && (paper.title === null || normalizeTitle(paper.title) === '')) return INVALID;
  return paper;
}

/** The paper as `PackPaperSchema` gives it, if it is one; undefined when only the schema can say why not. */
export function quickPackPaper(value: unknown): PackPaper | undefined {
  const paper = quickPaper(value);
  return paper === INVALID ? undefined : paper;
}

/** The pack as `PackSchema` gives it, if every check passes here; undefined for the schema to judge. */
export function quickPack(json: unknown): Pack | undefined {
  const header = PackHeaderSchema.safeParse(json);
  if (!header.success) return undefined;
  const raw = (json as { papers?: unknown }).papers;
  if (!Array.isArray(raw) || raw.length > PACK_LIMITS.papers) return undefined;
  const papers: PackPaper[] = new Array(raw.length);
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const paper = quickPaper(raw[i]);
    if (paper === INVALID) return undefined;
    const key = paper.id ?? `title: ${normalizeTitle(paper.title!)}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    papers[i] = paper;
  }
  return { ...header.data, papers };
}
