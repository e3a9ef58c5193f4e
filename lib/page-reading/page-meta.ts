// Types only: the content script reads pages and must not bundle Zod.
import { PAPER_LIMITS } from '../paper/limits';
import type { PageMeta } from '../pack/schema';
import { foldedText } from './dom';

/* What a page shows of a paper's bibliography is taken when the paper is saved; arXiv's API fills in the rest. */

/** "Heibi, Ivan" as citation_author gives it, "Ivan Heibi" as arXiv lists it. */
function citationName(name: string): string {
  const [last, first] = name.split(/,\s*/, 2);
  return foldedText(first ? `${first} ${last}` : name) ?? name;
}

/** An abstract page's `citation_*` meta tags, which every arXiv layout since 2009 carries. */
export function absPageMeta(doc: Document): PageMeta {
  const metas = (name: string) => [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content') ?? '').filter(Boolean);
  const date = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(metas('citation_date')[0] ?? '');
  const subjects = doc.querySelector('td.subjects');
  return compact({
    authors: authorList(metas('citation_author').map(citationName)),
    published: date ? `${date[1]}-${date[2]}-${date[3]}` : undefined,
    categories: subjects ? categoriesIn(subjects.textContent ?? '') : undefined,
  });
}

/** A listing or catch-up entry's authors and subjects (`Machine Learning (cs.LG); Artificial Intelligence (cs.AI)`). */
export function dlEntryMeta(dd: Element | null): PageMeta {
  if (!dd) return {};
  const authors = [...dd.querySelectorAll('.list-authors a')].flatMap((a) => foldedText(a.textContent) ?? []);
  const subjects = dd.querySelector('.list-subjects');
  return compact({ authors: authorList(authors), categories: subjects ? categoriesIn(subjects.textContent ?? '') : undefined });
}

/** As many authors as a pack paper may have (large collaborations list over a thousand), each as long as one may be. */
function authorList(names: string[]): string[] {
  return names.filter((name) => name.length <= PAPER_LIMITS.authorChars).slice(0, PAPER_LIMITS.authors);
}

/** Category codes in the order a subjects line names them: the primary one comes first. */
function categoriesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g)].map((m) => m[1]!))];
}

function compact(meta: PageMeta): PageMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
