import { normalizeTag } from '../pack/normalize';
import { PAPER_LIMITS } from '../paper/limits';
import { editDate } from '../sync/edit-dates';
import type { LensDB } from '../db/db';

/** The user's tag, normalized like pack tags so "Mamba" and "mamba" are one tag; null if empty or too long. */
export function cleanUserTag(tag: string): string | null {
  const clean = normalizeTag(tag);
  return clean && clean.length <= PAPER_LIMITS.tagChars ? clean : null;
}

/** Adds a tag to a paper inside one transaction, so concurrent edits from several tabs all land. */
export async function addUserTag(db: LensDB, paperId: string, tag: string, now = Date.now()): Promise<string[]> {
  const clean = cleanUserTag(tag);
  if (!clean) throw new Error(`Not a usable tag: ${JSON.stringify(tag)}`);
  return db.transaction('rw', db.userTags, async () => {
    const row = await db.userTags.get(paperId);
    const tags = row?.tags ?? [];
    if (tags.includes(clean)) return tags;
    const next = [...tags, clean];
    await db.userTags.put({ paperId, tags: next, updatedAt: editDate(now, row?.updatedAt) });
    return next;
  });
}

export async function removeUserTag(db: LensDB, paperId: string, tag: string, now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.userTags, async () => {
    const row = await db.userTags.get(paperId);
    const tags = row?.tags ?? [];
    const next = tags.filter((t) => t !== tag);
    if (next.length === tags.length) return tags;
    // An emptied record stays, dated, so sync knows the removal is newer than another browser's tags.
    await db.userTags.put({ paperId, tags: next, updatedAt: editDate(now, row?.updatedAt) });
    return next;
  });
}

/** Tags to suggest while typing: the user's own first, most used first, then the packs' tags. */
export async function tagSuggestions(db: LensDB, limit = 200): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.userTags.each((row) => row.tags.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1)));
  const own = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  const [packTags, sourceTags] = await Promise.all([db.packChunks.orderBy('tags').uniqueKeys(), db.papers.orderBy('tags').uniqueKeys()]);
  const curated = [...new Set([...packTags, ...sourceTags] as string[])].sort();
  return [...new Set([...own, ...curated])].slice(0, limit);
}
