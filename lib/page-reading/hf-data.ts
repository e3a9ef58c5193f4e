import { foldedText } from './dom';

/*
 * Hugging Face's pages are rendered on its server with the data they show as JSON, HTML-escaped, in
 * the `data-props` of the element each part of the page hydrates from: the list's papers in
 * `data-target="DailyPapers"` (`dailyPapers[].paper`, as its `daily_papers` API gives them), a paper
 * page's in `data-target="PaperContent"` (`paper`). Each paper there carries its arXiv abstract as
 * `summary`, with arXiv's line breaks and its math as `$TeX$`: read from there, a list's rows have
 * their abstracts with no request made.
 */

const HYDRATED = '[data-target="DailyPapers"][data-props], [data-target="PaperContent"][data-props]';

/** The abstracts of one element's data, by arXiv id, and the data they were read from. */
interface Read {
  props: string;
  abstracts: Map<string, string>;
}

const reads = new WeakMap<Element, Read>();

/** The abstract Hugging Face's page data holds for this arXiv id, spacing folded; undefined when it holds none. */
export function hfAbstract(doc: Document, id: string): string | undefined {
  for (const element of doc.querySelectorAll(HYDRATED)) {
    const text = abstractsOf(element).get(id);
    if (text) return text;
  }
  return undefined;
}

/** Read once per element and data: the app may hand an element new data as it routes. */
function abstractsOf(element: Element): Map<string, string> {
  const props = element.getAttribute('data-props') ?? '';
  const held = reads.get(element);
  if (held?.props === props) return held.abstracts;
  const abstracts = new Map<string, string>();
  for (const paper of papersIn(props)) {
    const text = typeof paper.summary === 'string' ? foldedText(paper.summary) : undefined;
    if (typeof paper.id === 'string' && text) abstracts.set(paper.id, text);
  }
  reads.set(element, { props, abstracts });
  return abstracts;
}

type Fields = Record<string, unknown>;

/** The papers in a list's or a paper page's data; none when it is not JSON of a shape we know. */
function papersIn(props: string): Fields[] {
  let data: unknown;
  try {
    data = JSON.parse(props);
  } catch {
    return [];
  }
  if (!isObject(data)) return [];
  if (isObject(data.paper)) return [data.paper];
  if (!Array.isArray(data.dailyPapers)) return [];
  return data.dailyPapers.flatMap((item: unknown) => (isObject(item) && isObject(item.paper) ? [item.paper] : []));
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
