import type { PackPaper } from '../pack/schema';
import { ARXIV_BATCH, ARXIV_INTERVAL_MS, parseArxivAnswer, refusedId, requestArxiv } from '../source-apis/arxiv-query';
import { FRESHNESS } from '../source-runtime/freshness';
import { SOURCE_DEFAULT_ON } from './keys';
import { staleKeys, storeAnswer } from '../source-runtime/source-store';
import { SourceError } from '../source-apis/source-error';
import type { PaperSource, SourceContext } from './types';

async function query(ctx: SourceContext, ids: readonly string[]): Promise<PackPaper[]> {
  return parseArxivAnswer(await ctx.paced(ARXIV_INTERVAL_MS, () => requestArxiv(ctx.fetch, ids)));
}

/** One batch; each id arXiv refuses is set aside (as not found), and the rest asked again. */
async function queryBatch(ctx: SourceContext, ids: readonly string[]): Promise<PackPaper[]> {
  let asked = [...ids];
  for (;;) {
    try {
      return asked.length ? await query(ctx, asked) : [];
    } catch (error) {
      const refused = refusedId(error);
      const rest = asked.filter((id) => id !== refused);
      if (!refused || rest.length === asked.length) throw error;
      asked = rest;
    }
  }
}

/**
 * arXiv's own metadata for every saved paper (authors, versions, dates, categories, DOI, journal
 * reference, comment), so that citations exported from the reading list are complete. It tells arXiv,
 * and no third party, which papers the user keeps (saved here, imported, or synced from another
 * browser): on by default, and declared to Firefox as website activity (`data-collection.ts`). Its
 * switch also governs the abstracts title-only lists ask for (`lib/abstracts/`). It goes
 * through arxiv.org, which the extension may already reach, as export.arxiv.org would be a new
 * host permission (and Chrome disables an extension on update until a new one is accepted).
 */
export const arxivSource: PaperSource = {
  id: 'arxiv',
  label: 'arXiv metadata',
  defaultOn: SOURCE_DEFAULT_ON.arxiv,
  sends:
    "Sends arxiv.org's API the ids of the papers in your reading list (saved here, imported, or synced from your other browsers) for their metadata, and the ids of the entries you scroll to on title-only lists for their abstracts, at most once every 3 seconds.",
  origins: ['https://arxiv.org/*'],
  async sync(ctx, trigger) {
    if (trigger.kind === 'page') return;
    const saved = (await ctx.db.readingList.toCollection().primaryKeys()) as string[];
    const wanted = await staleKeys(ctx.db, 'arxiv', saved, { found: FRESHNESS.paper, notFound: FRESHNESS.notFound }, ctx.now());
    for (let i = 0; i < wanted.length; i += ARXIV_BATCH) {
      const batch = wanted.slice(i, i + ARXIV_BATCH);
      const papers = await queryBatch(ctx, batch);
      // Under load arXiv's API answers an empty feed; several saved papers all unknown at once is that.
      if (papers.length === 0 && batch.length > 1) throw new SourceError(`arXiv answered with none of ${batch.length} papers: try again later`);
      // arXiv drops an id it does not know without a word: absent from the feed means not found.
      const found = new Set(papers.map((paper) => paper.id));
      await storeAnswer(
        ctx.db,
        'arxiv',
        papers.filter((paper) => batch.includes(paper.id!)),
        batch.map((key) => ({ key, found: found.has(key) })),
        ctx.now(),
      );
      await rememberSavedVersions(ctx, papers);
    }
  },
};

/** A saved paper whose version was not known when it was saved takes the latest one now: later ones are news. */
async function rememberSavedVersions(ctx: SourceContext, papers: PackPaper[]): Promise<void> {
  const versions = new Map(papers.flatMap((paper) => (paper.id && paper.version ? [[paper.id, paper.version] as const] : [])));
  if (versions.size === 0) return;
  await ctx.db.readingList
    .where('id')
    .anyOf([...versions.keys()])
    .filter((entry) => entry.version === undefined)
    .modify((entry) => {
      entry.version = versions.get(entry.id);
    });
}
