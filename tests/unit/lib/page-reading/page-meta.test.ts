import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SaveRequestSchema } from '@/lib/messaging-schemas';
import { PageMetaSchema } from '@/lib/pack/schema';
import { absPageMeta, dlEntryMeta } from '@/lib/page-reading/page-meta';

function load(file: string, url = 'https://arxiv.org/'): Document {
  return new JSDOM(readFileSync(`tests/fixtures/${file}`, 'utf8'), { url }).window.document;
}

const CROCI = ['Ivan Heibi', 'Silvio Peroni', 'David Shotton'];
const CROCI_LAYOUTS = ['2024-03-14', '2024-04-20', '2025-01-21', '2025-12-01', '2026-06-01', '2026-07-12'];

describe('absPageMeta: what an abstract page shows of its paper', () => {
  it('reads 1902.02534 in the 2026-07-12 layout: authors as arXiv lists them, first published, primary category', () => {
    expect(absPageMeta(load('abs/abs_1902.02534_fetched-2026-07-12.html'))).toEqual({
      authors: CROCI,
      published: '2019-02-07',
      categories: ['cs.DL'],
    });
  });

  it.each(CROCI_LAYOUTS)('reads the same from the layout fetched on %s', (date) => {
    expect(absPageMeta(load(`abs/abs_1902.02534_fetched-${date}.html`))).toEqual({ authors: CROCI, published: '2019-02-07', categories: ['cs.DL'] });
  });

  it('reads the derived pages of 2405.20519 and 2602.23229', () => {
    expect(absPageMeta(load('abs/abs_2405.20519_derived-from-2026-07-12.html'))).toMatchObject({ published: '2024-05-30' });
    expect(absPageMeta(load('abs/abs_2602.23229_derived-from-2026-07-12.html'))).toMatchObject({
      authors: expect.arrayContaining(['Marco Garosi']),
      published: '2026-02-26',
    });
  });

  it('lists every category of a cross-listed paper, the primary one first', () => {
    const meta = absPageMeta(load('abs/abs_2312.11805v5_live_2025-11.html'));
    expect(meta.categories?.[0]).toBe('cs.CL');
    expect(meta.categories!.length).toBeGreaterThan(1);
    expect(new Set(meta.categories).size).toBe(meta.categories!.length);
  });

  it('leaves out what a page does not show', () => {
    const doc = new JSDOM('<html><head><meta name="citation_title" content="A paper"></head><body></body></html>').window.document;
    expect(absPageMeta(doc)).toEqual({});
  });

  it.each([
    'abs/abs_0906.2112v3_browse-render_2024-02.html',
    'abs/abs_1902.02534_fetched-2026-07-12.html',
    'abs/abs_2312.11805v5_live_2025-11.html',
    'abs/abs_2405.20519_derived-from-2026-07-12.html',
    'abs/abs_2602.23229_derived-from-2026-07-12.html',
  ])('gives what the save message accepts, so saving from %s works', (file) => {
    const meta = absPageMeta(load(file));
    // The content script sends this with the save; the background refuses a save whose meta fails PageMetaSchema.
    expect(PageMetaSchema.safeParse(meta).error).toBeUndefined();
    expect(SaveRequestSchema.safeParse({ id: '2312.11805', title: 'A paper', meta }).success).toBe(true);
  });
});

describe('dlEntryMeta: what a listing entry shows of its paper', () => {
  const listing = () => load('pages/listings/list_cs.LG_new.html', 'https://arxiv.org/list/cs.LG/new');

  it("reads the first entry's authors and its categories, the primary one first", () => {
    const first = listing().querySelector('dl > dd');
    expect(dlEntryMeta(first)).toEqual({
      authors: ['Qihang Yu', 'Mark Weber', 'Xueqing Deng', 'Xiaohui Shen', 'Daniel Cremers', 'Liang-Chieh Chen'],
      // Listed in cs.LG, its primary category is cs.CV.
      categories: ['cs.CV', 'cs.AI', 'cs.LG'],
    });
  });

  it('decodes the accents of author names', () => {
    const second = listing().querySelectorAll('dl > dd')[1]!;
    expect(dlEntryMeta(second).authors).toEqual(['Yasin Abbasi Yadkori', 'Ilja Kuzborskij', 'András György', 'Csaba Szepesvári']);
  });

  it('gives a valid PageMeta for every entry of the daily and past-week listings', () => {
    const docs = [listing(), load('pages/listings/list_cs.CL_pastweek.html', 'https://arxiv.org/list/cs.CL/pastweek')];
    const entries = docs.flatMap((doc) => [...doc.querySelectorAll('dl > dd')]);
    expect(entries.length).toBeGreaterThan(10);
    for (const dd of entries) {
      const meta = dlEntryMeta(dd);
      expect(meta.authors?.length).toBeGreaterThan(0);
      expect(meta.categories?.length).toBeGreaterThan(0);
      expect(PageMetaSchema.safeParse(meta).success).toBe(true);
    }
  });

  it('gives nothing for an entry without its dd', () => {
    expect(dlEntryMeta(null)).toEqual({});
  });
});
