import type { Summary } from '../pack/schema';
import type { LensDB, PaperRecord, ReadingEntry, ReadingState } from './db';

/** One reading-list paper with everything the popup shows and searches. */
export interface ReadingItem {
  id: string;
  title: string;
  addedAt: number;
  updatedAt: number;
  state: ReadingState;
  published?: string;
  userTags: string[];
  curatedTags: string[];
  note: string;
  summaries: Summary[];
}

/** The user's side of the list: small tables, each read whole in one request. */
export interface UserSide {
  entries: ReadingEntry[];
  tags: Map<string, string[]>;
  notes: Map<string, string>;
}

export async function loadUserSide(db: LensDB): Promise<UserSide> {
  return db.transaction('r', db.readingList, db.userTags, db.notes, async () => {
    const [entries, tags, notes] = await Promise.all([db.readingList.toArray(), db.userTags.toArray(), db.notes.toArray()]);
    return { entries, tags: new Map(tags.map((t) => [t.paperId, t.tags])), notes: new Map(notes.map((n) => [n.paperId, n.text])) };
  });
}

/**
 * What packs say of the listed papers. Slower than the user's side with thousands of papers (one
 * index step each), so the popup shows the list first and fills this in.
 */
export async function loadPackSide(db: LensDB, ids: string[]): Promise<Map<string, PaperRecord[]>> {
  const byId = new Map<string, PaperRecord[]>();
  if (ids.length === 0) return byId;
  for (const paper of await db.papers.where('id').anyOf(ids).toArray()) byId.set(paper.id!, [...(byId.get(paper.id!) ?? []), paper]);
  return byId;
}

/** The list as the popup shows it; without the pack side yet, papers show their own title or id. */
export function joinReadingItems(user: UserSide, packs: Map<string, PaperRecord[]> | undefined): ReadingItem[] {
  return user.entries.map((entry) => {
    const known = packs?.get(entry.id) ?? [];
    return {
      id: entry.id,
      title: entry.title ?? known.find((p) => p.title)?.title ?? entry.id,
      addedAt: entry.addedAt,
      updatedAt: entry.updatedAt,
      state: entry.state,
      published: known.find((p) => p.published)?.published,
      userTags: user.tags.get(entry.id) ?? [],
      curatedTags: [...new Set(known.flatMap((p) => p.tags))],
      note: user.notes.get(entry.id) ?? '',
      summaries: known.flatMap((p) => p.summaries),
    };
  });
}

/** A paper as packs know it, for the popup's current tab, saved or not. */
export async function loadPackPaper(db: LensDB, id: string): Promise<{ title?: string; published?: string }> {
  const known = await db.papers.where('id').equals(id).toArray();
  return { title: known.find((p) => p.title)?.title ?? undefined, published: known.find((p) => p.published)?.published };
}
