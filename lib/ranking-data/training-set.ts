import { mergePaper } from '../paper/merge';
import type { RankDoc, TrainingSet } from '../ranking/types';
import type { LensDB, PaperRecord } from '../db/db';
import { readPaperRecords } from '../db/paper-records';
import { createChangeCounter } from '../change-counter';
import { retryOnNextCall } from '../retry-on-next-call';
import { readUserTables, type UserTables } from '../user-data/user-tables';
import { chunkRecords } from '../db/pack-chunks';

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

/** The pool is read again once it has lost this share of its papers to changes. */
const POOL_WORN = 0.1;

/**
 * What the ranking learns from: the papers the user saved or tagged (with their own tags), those
 * set aside as "not interested", and other papers of the store, each as everything the store knows
 * of it. Read once and then kept: a save changes one liked paper, not the thousands of papers
 * trained on, and reading them all again was most of the background's re-rank with a large reading
 * list and pack. A paper's entry, tags, dismissal and text are read again only once they
 * changed (`papersChanged`).
 */
export function createTrainingSetReader(db: LensDB) {
  const docs = new Map<string, RankDoc>();
  let pool: Promise<Map<string, RankDoc>> | null = null;
  let poolSize = 0;
  let dropped = 0;
  // What is read while papers change may predate the change: it serves that read, and is not kept.
  const changes = createChangeCounter();
  let user: Pick<UserTables, 'saved' | 'tagged' | 'dismissed'> | null = null;
  const staleUser = new Set<string>();

  async function readUser(): Promise<NonNullable<typeof user>> {
    const unchanged = changes.readStarted();
    if (!user) {
      const read = await readUserTables(db, ['saved', 'tagged', 'dismissed']);
      if (unchanged()) {
        user = read;
        staleUser.clear();
      }
      return read;
    }
    const held = user;
    const ids = [...staleUser];
    staleUser.clear();
    const [saved, tagged, dismissed] = await Promise.all([db.readingList.bulkGet(ids), db.userTags.bulkGet(ids), db.dismissed.bulkGet(ids)]);
    const put = <T>(map: Map<string, T>, id: string, value: T | undefined) => (value ? map.set(id, value) : map.delete(id));
    ids.forEach((id, i) => {
      put(held.saved, id, saved[i]);
      put(held.tagged, id, tagged[i]);
      put(held.dismissed, id, dismissed[i]);
    });
    if (!unchanged()) for (const id of ids) staleUser.add(id);
    return held;
  }

  async function readPool(known: ReadonlySet<string>): Promise<Map<string, RankDoc>> {
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
    return new Map([...others].map(([id, records]) => [id, rankDoc(id, records)]));
  }

  return {
    async read(): Promise<TrainingSet> {
      const held = await readUser();
      const [saved, tagged, dismissals] = [[...held.saved.values()], [...held.tagged.values()], [...held.dismissed.values()]];
      const tags = new Map(tagged.filter((t) => t.tags.length > 0).map((t) => [t.paperId, t.tags]));
      const titles = new Map(saved.map((entry) => [entry.id, entry.title]));
      const recent = [...saved].sort((a, b) => b.addedAt - a.addedAt).map((entry) => entry.id);
      const recentlyTagged = [...tagged]
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((t) => t.paperId)
        .filter((id) => tags.has(id));
      const liked = [...new Set([...recentlyTagged, ...recent])].slice(0, LIKED_PAPERS);
      const likedSet = new Set(liked);
      const disliked = dismissals.filter((d) => d.dismissed && !likedSet.has(d.id)).map((d) => d.id);
      const known = new Set([...liked, ...disliked]);
      // Taken before any await: a change meanwhile may drop a text from `docs`, not from this read.
      const have = new Map([...known].flatMap((id) => (docs.has(id) ? [[id, docs.get(id)!] as const] : [])));
      const missing = [...known].filter((id) => !have.has(id));
      const unchanged = changes.readStarted();
      const records = await readPaperRecords(db, missing);
      const read = new Map(missing.map((id) => [id, rankDoc(id, records.get(id) ?? [], titles.get(id))]));
      if (unchanged()) for (const [id, doc] of read) docs.set(id, doc);
      // Only what is trained on is kept.
      for (const id of docs.keys()) if (!known.has(id)) docs.delete(id);
      const docOf = (id: string) => read.get(id) ?? have.get(id)!;
      if (!pool) {
        dropped = 0;
        pool = retryOnNextCall(
          readPool(known).then((read) => ((poolSize = read.size), read)),
          (failed) => {
            if (pool === failed) pool = null;
          },
        );
      }
      const others = await pool;
      return {
        liked: liked.map((id) => ({ doc: docOf(id), tags: tags.get(id) ?? [] })),
        disliked: disliked.map(docOf),
        background: [...others.values()].filter((doc) => !known.has(doc.id)),
      };
    },
    /** These papers' records or user data changed (null: any paper's may have): their text is read again. */
    papersChanged(ids: readonly string[] | null): void {
      changes.changed();
      if (!ids) {
        docs.clear();
        pool = null;
        user = null;
        return;
      }
      for (const id of ids) {
        docs.delete(id);
        staleUser.add(id);
      }
      // A pool that failed to read is read again anyway (read() drops it).
      void pool?.then(
        (others) => {
          for (const id of ids) if (others.delete(id)) dropped++;
          if (dropped > POOL_WORN * poolSize) pool = null;
        },
        () => undefined,
      );
    },
  };
}
