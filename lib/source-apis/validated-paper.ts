import { PackPaperSchema, type PackPaper } from '../pack/schema';

/** Text as an API gives it, hard line breaks and runs of spaces folded to single spaces. */
export const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Validates a paper converted from an API's answer, empty fields left out. A field the schema
 * refuses (a malformed DOI, a link that is not https, an over-long comment) is dropped rather than
 * losing the whole paper; id and title are not optional.
 */
export function validatedPaper(candidate: Record<string, unknown>): PackPaper | null {
  const present = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined && value !== ''));
  const first = PackPaperSchema.safeParse(present);
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((issue) => issue.path[0]));
  if (bad.has(undefined) || bad.has('id') || bad.has('title')) return null;
  const kept = Object.fromEntries(Object.entries(present).filter(([key]) => !bad.has(key)));
  const second = PackPaperSchema.safeParse({ tags: [], summaries: [], ...kept });
  return second.success ? second.data : null;
}
