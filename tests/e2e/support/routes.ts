import { readFileSync } from 'node:fs';
import { FIXTURE_PAGES } from '../../fixtures/pages';

export interface Served {
  body: string;
  contentType: string;
  /** Answered only once this settles: a page's script held back keeps the page being parsed until then. */
  until?: Promise<unknown>;
}

/** What a request is answered with: a response, or null to refuse it. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

function stripQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** Fixture pages by their whole URL (pages that differ only by query, like catch-up's), and by URL without query or fragment. */
const files = new Map<string, string>();
for (const page of FIXTURE_PAGES) {
  files.set(new URL(page.url).href, `tests/fixtures/${page.file}`);
  if (!files.has(stripQuery(page.url))) files.set(stripQuery(page.url), `tests/fixtures/${page.file}`);
}

/** The stylesheet the rendered arXiv pages link (tests/fixtures/README.md): arXiv's own when ARXIV_CSS names it. */
const ARXIV_CSS_PATH = /^https:\/\/arxiv\.org\/static\/browse\/[^/]+\/css\/arXiv\.css$/;

function arxivCss(): string {
  const file = process.env.ARXIV_CSS;
  return file ? readFileSync(file, 'utf8') : '';
}

/**
 * How both browsers answer a web request: pages a test serves, then the fixtures; anything else
 * is refused (these machines have no internet, and the figures must not depend on it).
 */
export function answer(url: string, extra: Map<string, Served>): Answer | null {
  const served = extra.get(url) ?? extra.get(stripQuery(url));
  if (served) return { status: 200, headers: { 'access-control-allow-origin': '*' }, body: served.body, contentType: served.contentType };
  if (!/^https:\/\/(www\.)?arxiv\.org\/|^https:\/\/huggingface\.co\//.test(url)) return null;
  if (ARXIV_CSS_PATH.test(stripQuery(url))) return { status: 200, headers: {}, contentType: 'text/css', body: arxivCss() };
  // arXiv serves every version of a paper at /abs/<id>vN; the fixtures are saved once.
  const file = files.get(new URL(url).href) ?? files.get(stripQuery(url)) ?? files.get(stripQuery(url).replace(/v\d+$/, ''));
  if (!file) return { status: 404, headers: {}, contentType: 'text/plain', body: 'not in the fixtures' };
  return { status: 200, headers: {}, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') };
}

/** `answer`, once what the test serves at that URL may be answered (`Served.until`). */
export async function answerWhenDue(url: string, extra: Map<string, Served>): Promise<Answer | null> {
  await (extra.get(url) ?? extra.get(stripQuery(url)))?.until;
  return answer(url, extra);
}
