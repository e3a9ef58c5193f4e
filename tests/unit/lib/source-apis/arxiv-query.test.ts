import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivAnswer, refusedId } from '@/lib/source-apis/arxiv-query';
import { SourceError } from '@/lib/source-apis/source-error';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/apis/${name}`, import.meta.url), 'utf8');

const answer = (text: string, status = 200) => ({ status, text, headers: new Headers() });

/** What reading an answer threw. */
function failure(response: ReturnType<typeof answer>): unknown {
  try {
    parseArxivAnswer(response);
  } catch (error) {
    return error;
  }
  throw new Error('the answer was read');
}

describe("parseArxivAnswer: one answer of arXiv's query API", () => {
  it('reads the papers of a 200 feed', () => {
    expect(parseArxivAnswer(answer(fixture('arxiv/arxiv-query-two-ids-one-unknown.xml'))).map((paper) => paper.id)).toEqual(['1707.08567']);
    expect(parseArxivAnswer(answer(fixture('arxiv/arxiv-query-unknown-id-empty.xml')))).toEqual([]);
  });

  it('turns the 400 error feed into the refusal it states, naming the refused id', () => {
    const error = failure(answer(fixture('arxiv/arxiv-error.xml'), 400));
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe('arXiv refused the request: incorrect id format for abc');
    expect(refusedId(error)).toBe('abc');
    expect(refusedId(failure(answer(fixture('arxiv/arxiv-error-legacy-doc-example.xml'), 400)))).toBe('1234.12345');
  });

  it('refuses an error status, a web page and a 400 that says nothing, naming no id', () => {
    const errors = [
      failure(answer('Retry later', 503)),
      failure(answer('<!DOCTYPE html><html><body>Not found</body></html>', 404)),
      failure(answer('<!DOCTYPE html><html><body>Maintenance</body></html>')),
      failure(answer(fixture('arxiv/arxiv-query-unknown-id-empty.xml'), 400)),
    ];
    expect(errors.map((error) => (error as Error).message)).toEqual([
      'arXiv answered 503: try again later',
      'arXiv answered 404',
      'arXiv sent something other than an Atom feed',
      'arXiv answered 400 without saying why',
    ]);
    expect(errors.map(refusedId)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
