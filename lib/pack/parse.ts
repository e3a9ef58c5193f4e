import { z } from 'zod';
import { quickPack } from './quick-check';
import { FEED_FORMAT, FeedManifestSchema, PackSchema, type FeedManifest, type Pack } from './schema';

export type PackDocument = { type: 'pack'; pack: Pack } | { type: 'feed'; manifest: FeedManifest };

/** Why a document was refused, in words a user can act on. */
export class PackError extends Error {
  override name = 'PackError';
}

/** "papers[3].id: not a canonical arXiv id (and 2 more problems)". */
export function describeZodError(error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return 'invalid';
  const path = first.path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
  const more = error.issues.length - 1;
  return `${path ? `${path}: ` : ''}${first.message}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`;
}

/** A document's JSON; text that is not JSON is a PackError. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // A document nested deeper than the parser's stack is as unusable as a broken one.
    throw new PackError(error instanceof RangeError ? 'Not JSON that can be read: nested too deeply' : `Not JSON: ${(error as Error).message}`);
  }
}

/** Reads a pack or a feed manifest from its parsed JSON; anything else is a PackError. */
export function readPackDocument(json: unknown): PackDocument {
  const format = (json as { format?: unknown } | null)?.format;
  if (format === FEED_FORMAT) {
    const result = FeedManifestSchema.safeParse(json);
    if (!result.success) throw new PackError(`Not a valid arXiv Lens feed: ${describeZodError(result.error)}`);
    return { type: 'feed', manifest: result.data };
  }
  const quick = quickPack(json);
  if (quick) return { type: 'pack', pack: quick };
  const result = PackSchema.safeParse(json);
  if (!result.success) throw new PackError(`Not a valid arXiv Lens pack: ${describeZodError(result.error)}`);
  return { type: 'pack', pack: result.data };
}

/** Reads a pack or a feed manifest from its JSON text; anything else is a PackError. */
export function parsePackDocument(text: string): PackDocument {
  return readPackDocument(parseJson(text));
}
