import { SOURCE_DEFAULT_ON, SOURCE_ORIGIN_KEYS } from './keys';
import { recordKey } from '../db/record-keys';
import { parseHfPaper } from '../source-apis/hf-papers-api';
import { fetchHfJson } from '../source-apis/hf-request';
import { FRESHNESS } from '../source-runtime/freshness';
import { isPaused, staleKeys, storeAnswer } from '../source-runtime/source-store';
import { SourceError } from '../source-apis/source-error';
import type { PaperSource } from './types';

/** Pages about one paper, where its Hugging Face answer is worth one request. */
const PAPER_PAGES = new Set(['abs', 'html', 'hf-paper']);

/**
 * One paper from Hugging Face, for a paper page the daily lists do not know. Asking tells Hugging
 * Face which paper the user opened: opt-in.
 */
export const hfPaperSource: PaperSource = {
  id: 'hf-paper',
  label: 'Hugging Face paper pages',
  defaultOn: SOURCE_DEFAULT_ON['hf-paper'],
  sends: 'Sends huggingface.co the arXiv id of each paper page you open that the daily lists do not know.',
  origins: ['https://huggingface.co/*'],
  async sync(ctx, trigger) {
    if (trigger.kind !== 'page' || !PAPER_PAGES.has(trigger.page)) return;
    const now = ctx.now();
    if (await isPaused(ctx, 'hf-paper')) return;
    const known = new Set(
      (await ctx.db.papers.bulkGet(trigger.ids.map((id) => recordKey(SOURCE_ORIGIN_KEYS['hf-daily'], id, null)))).flatMap((record) =>
        record?.id ? [record.id] : [],
      ),
    );
    const wanted = await staleKeys(
      ctx.db,
      'hf-paper',
      trigger.ids.filter((id) => !known.has(id)),
      { found: FRESHNESS.paper, notFound: FRESHNESS.notFound },
      now,
    );
    for (const id of wanted) {
      const { status, text } = await fetchHfJson(ctx, `https://huggingface.co/api/papers/${encodeURIComponent(id)}`);
      if (status === 404) {
        // Not on Hugging Face: remembered, so the next visit asks no sooner than in three days.
        await storeAnswer(ctx.db, 'hf-paper', [], [{ key: id, found: false }], ctx.now());
        continue;
      }
      if (status !== 200) throw new SourceError(`Hugging Face answered ${status} for ${id}`, { status });
      const paper = parseHfPaper(text);
      if (paper.id !== id) throw new SourceError(`Hugging Face answered with paper ${paper.id ?? '(none)'} for ${id}`);
      await storeAnswer(ctx.db, 'hf-paper', [paper], [{ key: id, found: true }], ctx.now());
    }
  },
};
