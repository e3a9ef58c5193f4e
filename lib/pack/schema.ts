import { z } from 'zod';
import { isCanonicalArxivId } from '../arxiv/ids';
import { DOI_PATTERN } from '../paper/doi';
import { unreservedSourceName } from '../paper/key-sentence-source';
import { PACK_LIMITS, PAPER_LIMITS } from '../paper/limits';
import { normalizeTag, normalizeTitle } from './normalize';

export const PACK_FORMAT = 'arxiv-lens-pack';
export const PACK_SCHEMA_VERSION = 1;

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const plainText = (max: number) => z.string().trim().min(1).max(max);

const canonicalId = z.string().refine(isCanonicalArxivId, {
  message: 'not a canonical arXiv id (no version, no subject class)',
});

const packId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'pack id: lower-case letters, digits, ".", "_" or "-"');

const httpsUrl = z.url({ protocol: /^https$/ });

export const SummarySchema = z.object({
  source: plainText(PAPER_LIMITS.nameChars).transform(unreservedSourceName),
  sourceUrl: httpsUrl.optional(),
  date: isoDate.optional(),
  text: plainText(PAPER_LIMITS.textChars),
  /** The model that wrote a machine-written summary, when its source names it. */
  model: plainText(PAPER_LIMITS.nameChars).optional(),
  /** Written by a machine (a language model), not a person: shown with an "AI-generated" label. */
  generated: z.boolean().optional(),
});

export const TagSchema = z.string().transform(normalizeTag).pipe(z.string().min(1).max(PAPER_LIMITS.tagChars));

const authors = z.array(plainText(PAPER_LIMITS.authorChars)).max(PAPER_LIMITS.authors);
/** arXiv categories, the primary one first. */
const categories = z
  .array(
    z
      .string()
      .regex(/^[a-z-]+(\.[A-Za-z-]+)?$/)
      .max(PAPER_LIMITS.categoryChars),
  )
  .max(PAPER_LIMITS.categories);

/** What an arXiv page shows of a paper's bibliography (see lib/page-reading/page-meta.ts). */
export const PageMetaSchema = z.object({ authors: authors.optional(), published: isoDate.optional(), categories: categories.optional() });

/** A pack paper's fields, each with its own check: the quick check (quick-check.ts) hands some to these. */
export const PackPaperFields = z.object({
  id: canonicalId.nullable(),
  title: plainText(PAPER_LIMITS.titleChars).nullable(),
  authors: authors.optional(),
  published: isoDate.optional(),
  abstract: plainText(PAPER_LIMITS.textChars).optional(),
  tags: z
    .array(TagSchema)
    .max(PACK_LIMITS.tags)
    .transform((tags) => [...new Set(tags)]),
  summaries: z.array(SummarySchema).max(PACK_LIMITS.summaries),
  // Bibliographic metadata, for citations and exports: what arXiv (or a page) says of the paper.
  /** Date of the latest version (`published` is the first). */
  updated: isoDate.optional(),
  /** Number of the latest version. */
  version: z.number().int().min(1).max(PAPER_LIMITS.highestVersion).optional(),
  categories: categories.optional(),
  doi: z
    .string()
    .regex(DOI_PATTERN, 'not a DOI: 10.NNNN/ then printable characters without spaces, braces, backslash or quotes')
    .max(PAPER_LIMITS.doiChars)
    .optional(),
  journalRef: plainText(PAPER_LIMITS.journalRefChars).optional(),
  comment: plainText(PAPER_LIMITS.commentChars).optional(),
  // What the community makes of it (Hugging Face, Semantic Scholar).
  upvotes: z.number().int().nonnegative().optional(),
  citationCount: z.number().int().nonnegative().optional(),
  github: z.object({ url: httpsUrl, stars: z.number().int().nonnegative().optional() }).optional(),
  projectPage: httpsUrl.optional(),
});

export const PackPaperSchema = PackPaperFields.refine((p) => p.id !== null || p.title !== null, { message: 'a paper needs an id or a title' })
  // A paper known only by its title is found by that title's letters and digits: it needs some.
  .refine((p) => p.id !== null || normalizeTitle(p.title ?? '') !== '', { message: 'a paper without an id needs a title with letters or digits' });

/** A pack's fields but its papers: enough to tell a pack from anything else before reading them. */
export const PackHeaderSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: packId,
  name: plainText(PACK_LIMITS.nameChars),
  version: plainText(PACK_LIMITS.versionChars),
  generatedAt: isoDate,
});

export const PackSchema = PackHeaderSchema.extend({ papers: z.array(PackPaperSchema).max(PACK_LIMITS.papers) }).superRefine((pack, ctx) => {
  const seen = new Set<string>();
  pack.papers.forEach((paper, index) => {
    // Papers without an id are keyed by their title, so two of those with one title collide too.
    const key = paper.id ?? `title: ${normalizeTitle(paper.title ?? '')}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['papers', index], message: `duplicate paper ${paper.id ?? JSON.stringify(paper.title)}` });
    }
    seen.add(key);
  });
});

/**
 * A feed too large for one file: a small manifest listing shards, one per month of arXiv ids
 * (`2405`, or `9901` for old-style ids, whose months never overlap the new ones). Each shard is a
 * pack document; only the shards for ids met on pages are fetched.
 */
export const FEED_FORMAT = 'arxiv-lens-feed';

export const FeedManifestSchema = z.object({
  format: z.literal(FEED_FORMAT),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: packId,
  name: plainText(PACK_LIMITS.nameChars),
  version: plainText(PACK_LIMITS.versionChars),
  generatedAt: isoDate,
  shards: z
    .array(
      z.object({
        key: z.string().regex(/^\d{4}$/, 'shard key: the YYMM of the ids it holds'),
        url: z.string().min(1).max(PACK_LIMITS.shardUrlChars),
        hash: z.string().regex(/^[0-9a-f]{64}$/, 'shard hash: sha256 in hex'),
        papers: z.number().int().nonnegative(),
      }),
    )
    .max(PACK_LIMITS.shards),
});

export type FeedManifest = z.infer<typeof FeedManifestSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type PackPaper = z.infer<typeof PackPaperSchema>;
export type PageMeta = z.infer<typeof PageMetaSchema>;
export type Pack = z.infer<typeof PackSchema>;
