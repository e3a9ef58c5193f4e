import { describe, expect, it } from 'vitest';
import { SOURCE_FETCH_LIMITS } from '@/lib/source-apis/http';
import type { SourceId } from '@/lib/sources/keys';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import type { SourceTrigger } from '@/lib/sources/types';
import type { LensDB } from '@/lib/db/db';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { makePack, text } from '../../helpers/packs';
import { DAY, fixture, harness, respond, storeContents, T0, type Route } from '../sources/fake-api';

interface SourceCase {
  source: SourceId;
  host: string;
  trigger: SourceTrigger;
  /** A 200 whose body is the API's own error body. */
  errorBody: string;
  errorMessage: RegExp;
  /** 200s in a shape that is not the API's. */
  wrongShapes: [body: string, message: RegExp][];
}

const CASES: SourceCase[] = [
  {
    source: 'hf-daily',
    host: 'huggingface.co',
    trigger: { kind: 'schedule' },
    errorBody: fixture('hf/hf-datasets-rows-404.json'),
    errorMessage: /^Hugging Face answered with an error: The dataset does not exist/,
    wrongShapes: [
      ['{"papers": []}', /^Hugging Face sent something other than a list of papers$/],
      ['[{"paper": {"id": 2602.23229}}]', /^Hugging Face sent papers in an unknown shape/],
      ['[{"paper": ', /^Hugging Face sent broken JSON/],
    ],
  },
  {
    source: 'hf-paper',
    host: 'huggingface.co',
    trigger: { kind: 'page', page: 'abs', ids: ['2602.23229'] },
    errorBody: fixture('hf/hf-datasets-rows-404.json'),
    errorMessage: /^Hugging Face answered with an error: The dataset does not exist/,
    wrongShapes: [
      [fixture('hf/hf-daily-papers.json'), /^Hugging Face sent a paper in an unknown shape/],
      ['{"id": "not-an-arxiv-id", "title": "A paper"}', /^Hugging Face sent a paper that cannot be used: not-an-arxiv-id$/],
    ],
  },
  {
    source: 'semantic-scholar',
    host: 'api.semanticscholar.org',
    trigger: { kind: 'page', page: 'listing', ids: ['2602.23229'] },
    errorBody: fixture('s2/s2-403.json'),
    errorMessage: /^Semantic Scholar answered with an error: Forbidden$/,
    wrongShapes: [
      ['{"data": []}', /^Semantic Scholar sent something other than a list of papers$/],
      ['[{"tldr": "a TLDR as a string"}]', /^Semantic Scholar sent papers in an unknown shape/],
      ['<!DOCTYPE html><html><body>Gateway</body></html>', /^Semantic Scholar sent a web page instead of JSON$/],
    ],
  },
  {
    source: 'arxiv',
    host: 'arxiv.org',
    trigger: { kind: 'saved' },
    // The legacy error feed, served with a 200 as the old API did: it names an id that was not asked.
    errorBody: fixture('arxiv/arxiv-error-legacy-doc-example.xml'),
    errorMessage: /^arXiv refused the request: incorrect id format for 1234\.12345$/,
    wrongShapes: [
      ['<?xml version="1.0"?><rss version="2.0"><channel><title>arXiv</title></channel></rss>', /^arXiv sent something other than an Atom feed$/],
      ['<feed><entry><id>http://arxiv.org/abs/1707.08567v1</id>', /^arXiv sent broken XML/],
    ],
  },
];

/** The source on, with a paper it brought a month ago, a pack, and the user's own data around it. */
async function prepared(source: SourceId) {
  const h = await harness({ enabled: [source] });
  const db: LensDB = h.db;
  await importBundledPack(db, text(makePack()));
  await db.readingList.add({ id: '1707.08567', addedAt: 1, updatedAt: 1, state: 'reading' });
  await db.userTags.add({ paperId: '1707.08567', tags: ['information theory'], updatedAt: 1 });
  await db.notes.add({ paperId: '1707.08567', text: 'Read the proceedings.', updatedAt: 1 });
  await db.tombstones.add({ id: '2312.00752', deletedAt: 1 });
  const earlier = { id: '2312.00752', title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', tags: [], summaries: [] };
  await storeAnswer(db, source, [earlier], [{ key: source === 'hf-daily' ? '2026-01-05' : '2312.00752', found: true }], T0 - 30 * DAY);
  return h;
}

/** Runs the trigger against `route` and checks the source failed with `message` and wrote nothing. */
async function expectFailure(c: SourceCase, route: Route, message: RegExp) {
  const h = await prepared(c.source);
  h.route(route);
  const before = { ...(await storeContents(h.db)), fetches: await h.db.sourceFetches.toArray() };
  await expect(h.trigger(c.trigger)).resolves.toBeUndefined();
  expect(h.requests.length).toBeGreaterThan(0);
  const status = await h.db.sourceStatus.get(c.source);
  expect(status).toMatchObject({ status: 'error', paperCount: 1 });
  expect(status!.lastError).toMatch(message);
  expect({ ...(await storeContents(h.db)), fetches: await h.db.sourceFetches.toArray() }).toEqual(before);
}

const FIVE_MB = SOURCE_FETCH_LIMITS.maxBytes;

describe.each(CASES)('bad answers: $source', (c) => {
  it('a network failure: error status naming the host, nothing written', async () => {
    await expectFailure(c, () => new TypeError('Failed to fetch'), new RegExp(`^Could not reach ${c.host.replace(/\./g, '\\.')} \\(offline`));
  });

  it('a body larger than 5 MB: error status about its size, nothing written', async () => {
    await expectFailure(
      c,
      () => respond('x'.repeat(FIVE_MB + 1)),
      new RegExp(`^${c.host.replace(/\./g, '\\.')} sent an answer larger than 5 MB; it was not read`),
    );
  });

  it('a declared Content-Length over 5 MB: refused before reading, nothing written', async () => {
    await expectFailure(c, () => respond('[]', 200, { 'content-length': String(FIVE_MB + 1) }), /larger than 5 MB/);
  });

  it("a 200 carrying the API's error body: error status quoting it, nothing written", async () => {
    await expectFailure(c, () => respond(c.errorBody), c.errorMessage);
  });

  it.each(c.wrongShapes)('a 200 in a wrong shape (%#): error status, nothing written', async (body, message) => {
    await expectFailure(c, () => respond(body), message);
  });
});
