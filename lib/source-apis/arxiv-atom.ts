import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { parseArxivId } from '../arxiv/ids';
import { describeZodError } from '../pack/parse';
import type { PackPaper } from '../pack/schema';
import { PAPER_LIMITS } from '../paper/limits';
import { SourceError } from './source-error';
import { fold, validatedPaper } from './validated-paper';

const LISTS = new Set(['feed.entry', 'feed.entry.author', 'feed.entry.category']);

// DOMParser does not exist in an MV3 service worker. Namespace prefixes are dropped because the
// legacy feeds declare them on every element while the current ones declare them once.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  // Without it the parser leaves numeric character references (`&#233;`) undecoded.
  htmlEntities: true,
  // A feed of one entry, or an entry of one author, must still give lists.
  isArray: (_name, path) => LISTS.has(String(path)),
});

// An element with attributes (the legacy `<title type="html">`) comes back as an object.
const XmlText = z.union([z.string(), z.object({ '#text': z.string().optional() }).transform((node) => node['#text'] ?? '')]);

const Term = z.object({ '@_term': z.string().optional() });

const EntrySchema = z.object({
  id: XmlText,
  title: XmlText.optional(),
  summary: XmlText.optional(),
  published: XmlText.optional(),
  updated: XmlText.optional(),
  author: z.array(z.object({ name: XmlText.optional() })).optional(),
  primary_category: Term.optional(),
  category: z.array(Term).optional(),
  doi: XmlText.optional(),
  journal_ref: XmlText.optional(),
  comment: XmlText.optional(),
});

const FeedSchema = z.object({ feed: z.object({ entry: z.array(z.unknown()).optional() }) });

type Entry = z.infer<typeof EntrySchema>;

/** arXiv's hard line breaks and indentation folded away. */

// The same rule as the pack schema's. arXiv also lists ACM classes (`I.2.6`, `I.4.8; I.5.2`)
// among an entry's categories; they are not arXiv categories.
const CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;

function categories(entry: Entry): string[] {
  const terms = [entry.primary_category, ...(entry.category ?? [])].map((term) => fold(term?.['@_term']));
  return [...new Set(terms.filter((term) => CATEGORY.test(term)))];
}

function toPaper(entry: Entry): PackPaper | null {
  const arxiv = parseArxivId(entry.id);
  if (!arxiv) return null;
  const found = categories(entry);
  return validatedPaper({
    id: arxiv.id,
    version: arxiv.version,
    title: fold(entry.title) || null,
    authors: (entry.author ?? [])
      .map((author) => fold(author.name))
      .filter((name) => name !== '' && name.length <= 300)
      .slice(0, PAPER_LIMITS.authors),
    published: fold(entry.published),
    updated: fold(entry.updated),
    abstract: fold(entry.summary),
    categories: found.length > 0 ? found : undefined,
    // A paper published twice (an erratum) lists both DOIs, separated by spaces: the first is the paper's.
    doi: fold(entry.doi).split(' ')[0],
    journalRef: fold(entry.journal_ref),
    comment: fold(entry.comment),
    tags: [],
    summaries: [],
  });
}

/** The Atom feed of `GET https://arxiv.org/api/query?id_list=...`, in its current or legacy form. */
export function parseArxivFeed(text: string): PackPaper[] {
  let tree: unknown;
  try {
    tree = parser.parse(text, true);
  } catch (error) {
    throw new SourceError(
      /^\s*(<!doctype html|<html)/i.test(text)
        ? 'arXiv sent a web page instead of an Atom feed'
        : `arXiv sent broken XML: ${(error as Error).message}`,
    );
  }
  const feed = FeedSchema.safeParse(tree);
  if (!feed.success) throw new SourceError('arXiv sent something other than an Atom feed');
  const entries = (feed.data.feed.entry ?? []).map((entry) => EntrySchema.safeParse(entry));
  const first = entries[0];
  // An odd entry is skipped; no readable entry at all means the feed's shape changed.
  if (first && !first.success && entries.every((entry) => !entry.success)) {
    throw new SourceError(`arXiv sent entries in an unknown shape: ${describeZodError(first.error)}`);
  }
  const readable = entries.flatMap((entry) => (entry.success ? [entry.data] : []));
  // A refused request (a malformed id) comes back as a feed whose one entry is the error.
  const refusal = readable.find((entry) => entry.id.includes('/api/errors#'));
  if (refusal) throw new SourceError(`arXiv refused the request: ${fold(refusal.summary).slice(0, 300) || fold(refusal.id)}`);
  return readable.flatMap((entry) => toPaper(entry) ?? []);
}

/**
 * The query for some papers' metadata: `max_results` must cover them all, as it defaults to 10.
 * arXiv serves its API on arxiv.org too (its feeds name `https://arxiv.org/api/query` as their own
 * address), which the extension may already reach: export.arxiv.org would be a new host permission.
 */
export function arxivQueryUrl(ids: readonly string[]): string {
  return `https://arxiv.org/api/query?id_list=${encodeURIComponent(ids.join(','))}&max_results=${ids.length}`;
}
