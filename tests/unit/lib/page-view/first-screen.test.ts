// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { completeEntries, documentParsed, followParsedList, parsedPast } from '@/lib/page-view/first-screen';
import { listingPage } from '@/lib/pages/listing';
import { generateListing, monthIds } from '../../../fixtures/generate-listing';
import { openHtml } from '../../entrypoints/content/page';

const IDS = monthIds(30);
const URL_ = new URL('https://arxiv.org/list/cs.LG/pastweek?skip=0&show=25');
const FULL = generateListing(IDS);

/**
 * The document a browser holds while it parses the listing up to `upTo` in its markup: the parser's
 * tree at that point is what parsing that much alone builds (the open elements left open at the end).
 */
function parsedUpTo(upTo: number): Document {
  return new JSDOM(FULL.slice(0, upTo)).window.document;
}

/** Where the markup of the `n`th entry (from 1) begins, and where its abstract's text does. */
const entryStart = (n: number) => FULL.indexOf(`<dt>\n  <a name='item${n}'>`);
const insideDd = (n: number) => FULL.indexOf('<dd>', entryStart(n)) + '<dd>\n'.length;

const ids = (papers: { id: string }[]) => papers.map((paper) => paper.id);

describe('a list still parsed', () => {
  it('an entry is complete once the next one has begun; the one being parsed is not', () => {
    const doc = parsedUpTo(insideDd(10));
    const papers = listingPage.findPapers(doc, URL_);
    expect(ids(papers)).toEqual(IDS.slice(0, 10));
    expect(papers.map((paper) => parsedPast(paper.entry!.at(-1)!))).toEqual([...Array(9).fill(true), false]);
    expect(ids(completeEntries(papers, false))).toEqual(IDS.slice(0, 9));
  });

  it('an entry whose next one has begun, its link not parsed yet, is complete; that next one is not found yet', () => {
    const doc = parsedUpTo(entryStart(8) + 10);
    const papers = listingPage.findPapers(doc, URL_);
    expect(ids(completeEntries(papers, false))).toEqual(IDS.slice(0, 7));
  });

  it('once the page is parsed, its last entry is complete too', () => {
    const doc = parsedUpTo(insideDd(10));
    expect(ids(completeEntries(listingPage.findPapers(doc, URL_), true))).toEqual(IDS.slice(0, 10));
  });

  it('is followed as the parser adds to it: the first entries as each is complete, up to the limit, and no further', async () => {
    openHtml(FULL.slice(0, insideDd(3)), URL_.href);
    const doc = document;
    vi.spyOn(doc, 'readyState', 'get').mockReturnValue('loading');
    const told: string[][] = [];
    const followed = followParsedList(listingPage, doc, URL_, 5, (papers) => told.push(ids(papers)));
    // What the parser adds next: the rest of the third entry, and the next four.
    const whole = new DOMParser().parseFromString(FULL, 'text/html');
    const [dts, dds] = [whole.querySelectorAll('#dlpage dt'), whole.querySelectorAll('#dlpage dd')];
    const dl = doc.querySelector('#dlpage dl')!;
    dl.querySelectorAll('dd')[2]!.replaceWith(doc.importNode(dds[2]!, true));
    for (const n of [4, 5, 6, 7]) {
      await vi.waitFor(() => expect(told.at(-1)).toHaveLength(n - 2));
      dl.append(doc.importNode(dts[n - 1]!, true), doc.importNode(dds[n - 1]!, true));
    }
    await followed;
    expect(told).toEqual([IDS.slice(0, 2), IDS.slice(0, 3), IDS.slice(0, 4), IDS.slice(0, 5)]);
  });

  it('the full pass waits for the page to be parsed, and not at all for a page already parsed', async () => {
    openHtml(FULL.slice(0, insideDd(3)), URL_.href);
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    let parsed = false;
    const waiting = documentParsed(document).then(() => (parsed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parsed).toBe(false);
    state.mockReturnValue('interactive');
    await waiting;
    expect(parsed).toBe(true);
    await expect(documentParsed(document)).resolves.toBeUndefined();
  });
});
