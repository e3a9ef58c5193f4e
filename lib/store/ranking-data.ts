import { mergePaper } from '../paper/merge';
import type { RankDoc, TrainingSet } from '../ranking/types';
import type { LensDB, PaperRecord } from './db';
import { readPaperRecords } from './lookup';
import { chunkRecords } from './pack-chunks';

/**
 * Implicit negatives: papers the store knows that the user neither saved nor tagged, as many as
 * keep training within the background's budget (arxiv-sanity-lite counts every untagged paper).
 */
const BACKGROUND_PAPERS = 1_500;

/**
 * The liked papers trained on, most recent first: training on 5,000 takes the background seconds,
 * during which it answers no page; the latest 1,500 say what the user reads now.
 */
const LIKED_PAPERS = 1_500;

function rankDoc(id: string, records: readonly PaperRecord[], title?: string): RankDoc {
  const paper = mergePaper(id, records);
  return { id, title: paper.title ?? title, abstract: paper.abstract, authors: paper.authors, categories: paper.categories };
}

/**
 * What the ranking learns from: the papers the user saved or tagged (with their own tags), those
 * set aside as "not interested", and other papers of the store, each as everything the store knows of it.
 */
export async function readTrainingSet(db: LensDB): Promise<TrainingSet> {
  const [saved, tagged, dismissals] = await Promise.all([db.readingList.toArray(), db.userTags.toArray(), db.dismissed.toArray()]);
  const tags = new Map(tagged.filter((t) => t.tags.length > 0).map((t) => [t.paperId, t.tags]));
  const titles = new Map(saved.map((entry) => [entry.id, entry.title]));
  const recent = [...saved].sort((a, b) => b.addedAt - a.addedAt).map((entry) => entry.id);
  const recentlyTagged = [...tagged]
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((t) => t.paperId)
    .filter((id) => tags.has(id));
  const liked = [...new Set([...recentlyTagged, ...recent])].slice(0, LIKED_PAPERS);
  const disliked = dismissals.filter((d) => d.dismissed && !liked.includes(d.id)).map((d) => d.id);
  const records = await readPaperRecords(db, [...liked, ...disliked]);
  const known = new Set([...liked, ...disliked]);
  const others = new Map<string, PaperRecord[]>();
  const add = (record: PaperRecord) => {
    if (!record.id || known.has(record.id) || (others.size >= BACKGROUND_PAPERS && !others.has(record.id))) return;
    others.set(record.id, [...(others.get(record.id) ?? []), record]);
  };
  // Chunks hold up to a thousand papers, but the bundled pack's sparse ids make chunks of a few:
  // chunks are read until there are enough, then what sources brought.
  await db.packChunks
    .toCollection()
    .until(() => others.size >= BACKGROUND_PAPERS)
    .each((chunk) => chunkRecords(chunk).forEach(add));
  await db.papers.limit(BACKGROUND_PAPERS).each(add);
  return {
    liked: liked.map((id) => ({ doc: rankDoc(id, records.get(id) ?? [], titles.get(id)), tags: tags.get(id) ?? [] })),
    disliked: disliked.map((id) => rankDoc(id, records.get(id) ?? [])),
    background: [...others].map(([id, recs]) => rankDoc(id, recs)),
  };
}
