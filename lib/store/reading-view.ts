import type { Summary } from '../pack/schema';
import type { LensDB, ReadingState } from './db';

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

/**
 * The reading list joined with the user's tags and notes and with what packs say of each paper,
 * through indexes: one bulkGet per user table and one anyOf over the pack papers.
 */
export async function loadReadingItems(db: LensDB): Promise<ReadingItem[]> {
  return db.transaction('r', db.readingList, db.userTags, db.notes, db.papers, async () => {
    const entries = await db.readingList.toArray();
    const ids = entries.map((e) => e.id);
    const [tags, notes, papers] = await Promise.all([
      db.userTags.bulkGet(ids),
      db.notes.bulkGet(ids),
      ids.length ? db.papers.where('id').anyOf(ids).toArray() : [],
    ]);
    const byId = new Map<string, typeof papers>();
    for (const paper of papers) byId.set(paper.id!, [...(byId.get(paper.id!) ?? []), paper]);
    return entries.map((entry, i) => {
      const known = byId.get(entry.id) ?? [];
      return {
        id: entry.id,
        title: entry.title ?? known.find((p) => p.title)?.title ?? entry.id,
        addedAt: entry.addedAt,
        updatedAt: entry.updatedAt,
        state: entry.state,
        published: known.find((p) => p.published)?.published,
        userTags: tags[i]?.tags ?? [],
        curatedTags: [...new Set(known.flatMap((p) => p.tags))],
        note: notes[i]?.text ?? '',
        summaries: known.flatMap((p) => p.summaries),
      };
    });
  });
}

/** A paper as packs know it, for the popup's current tab, saved or not. */
export async function loadPackPaper(db: LensDB, id: string): Promise<{ title?: string; published?: string }> {
  const known = await db.papers.where('id').equals(id).toArray();
  return { title: known.find((p) => p.title)?.title ?? undefined, published: known.find((p) => p.published)?.published };
}
