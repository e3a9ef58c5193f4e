import { parseArxivId } from '../arxiv/ids';
import { idFromLink } from '../page-reading/dom';
import { hfAbstract } from '../page-reading/hf-data';
import { paperText } from '../page-reading/paper-text';
import type { PageDetector, PagePaper } from './types';

const HF_HOSTS: readonly string[] = ['huggingface.co'];
const LIST_PATH = /^\/papers(?:\/(?:date\/\d{4}-\d{2}-\d{2}|week\/\d{4}-W\d{2}|month\/\d{4}-\d{2}|trending))?\/?$/;

/** Hugging Face paper lists (daily, weekly, monthly, trending): one row per paper card. */
export const hfList: PageDetector = {
  kind: 'hf-list',
  role: 'row',
  placement: 'after',
  hosts: HF_HOSTS,
  spa: true,
  testUrls: [
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/',
    'https://huggingface.co/papers/date/2024-06-03',
    'https://huggingface.co/papers/week/2024-W23',
    'https://huggingface.co/papers/month/2024-06',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/papers?q=mamba',
  ],
  matches: (url) => LIST_PATH.test(url.pathname),
  findPapers(doc, url) {
    const papers: PagePaper[] = [];
    const seen = new Set<string>();
    for (const card of doc.querySelectorAll('article')) {
      // The title link sits in an h3; the card's other links (thumbnail, comments) name the same paper.
      const link = card.querySelector('h3 a[href*="/papers/"]');
      const parsed = idFromLink(link, url);
      if (!link || !parsed || seen.has(parsed.id)) continue;
      seen.add(parsed.id);
      const anchor = link.closest('h3') ?? link;
      const title = paperText(anchor);
      const entry = [cardCell(card)];
      papers.push({ id: parsed.id, version: parsed.version, title, anchor, entry, abstract: () => hfAbstract(doc, parsed.id), abstractHidden: true });
    }
    return papers;
  },
  findBarPlace(doc) {
    const grid = doc.querySelector('article')?.parentElement?.parentElement;
    return grid ? { anchor: grid, placement: 'before' } : null;
  },
};

/** A card's cell in the list's grid, so a hidden card leaves no empty cell. */
function cardCell(card: Element): Element {
  const cell = card.parentElement;
  return cell && cell.childElementCount === 1 && cell.tagName === 'DIV' ? cell : card;
}

/** A Hugging Face paper page: one row under the paper's title. */
export const hfPaper: PageDetector = {
  kind: 'hf-paper',
  role: 'row',
  placement: 'after',
  hosts: HF_HOSTS,
  paperFromUrl: true,
  spa: true,
  testUrls: ['https://huggingface.co/papers/2405.20519', 'https://huggingface.co/papers/2408.00714/?query#community'],
  matches: (url) => parseArxivId(url.href) !== null,
  findPapers(doc, url) {
    const parsed = parseArxivId(url.href);
    const anchor = doc.querySelector('main h1') ?? doc.querySelector('h1');
    if (!parsed || !anchor) return [];
    const title = paperText(anchor);
    return [{ id: parsed.id, version: parsed.version, title, anchor, abstract: () => hfAbstract(doc, parsed.id) }];
  },
};
