import { describe, expect, it } from 'vitest';
import { csvExport } from '@/lib/exchange/formats/csv';
import { readSnapshot } from '@/lib/exchange/snapshot';
import type { UserPaper } from '@/lib/exchange/types';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text } from '../../helpers/packs';
import { CROCI_ABSTRACT, CROCI_TITLE } from '../../helpers/abstracts';
import { NOW, seedLibrary } from './helpers';
import { readCsv } from '../../helpers/csv';

const paper = (overrides: Partial<UserPaper>): UserPaper => ({
  id: '2401.00001',
  saved: { state: 'reading', addedAt: Date.UTC(2024, 0, 2), updatedAt: Date.UTC(2024, 0, 3) },
  tags: [],
  ...overrides,
});

describe('CSV export', () => {
  it('round trip: every reading-list paper comes back from the file with what a row carries', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const papers = await readSnapshot(db);
    const text = csvExport.serialize(papers, NOW);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual([
      'id',
      'url',
      'title',
      'authors',
      'published',
      'state',
      'added',
      'updated',
      'tags',
      'note',
      'version',
      'primary_category',
      'doi',
      'journal_ref',
      'summary',
    ]);
    const fromFile = rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]])));
    expect(fromFile).toEqual(
      papers
        .filter((p) => p.saved)
        .map((p) => ({
          id: p.id,
          url: `https://arxiv.org/abs/${p.id}`,
          title: p.title ?? '',
          authors: p.authors?.join('; ') ?? '',
          published: p.published ?? '',
          state: p.saved!.state,
          added: new Date(p.saved!.addedAt!).toISOString(),
          updated: new Date(p.saved!.updatedAt!).toISOString(),
          tags: p.tags.join('; '),
          note: p.note?.text ?? '',
          version: p.version ? String(p.version) : '',
          primary_category: p.primaryClass ?? '',
          doi: p.doi ?? '',
          journal_ref: p.journalRef ?? '',
          summary: '',
        })),
    );
    expect(fromFile.find((r) => r.id === '1706.03762')).toMatchObject({
      state: 'done',
      added: '2024-01-02T10:00:00.000Z',
      authors: 'Ashish Vaswani; Noam Shazeer; Niki Parmar',
    });
  });

  it("gives each paper its best line: a person's summary before a model's, else the key sentence of an abstract the store holds", async () => {
    const db = await freshDb();
    const ids = ['1902.02534', '2401.00001', '2401.00002', '2401.00003', '2401.00004'];
    await importBundledPack(
      db,
      text(
        makePack({
          papers: [
            { id: '1902.02534', title: CROCI_TITLE, abstract: CROCI_ABSTRACT, tags: [], summaries: [] },
            {
              id: '2401.00001',
              title: 'Both',
              tags: [],
              summaries: [
                { source: 'Some model', text: 'A model says.', generated: true },
                { source: 'AI Timeline', text: 'A person says,\n\nin two paragraphs.' },
              ],
            },
            {
              id: '2401.00002',
              title: 'A model only',
              abstract: CROCI_ABSTRACT,
              tags: [],
              summaries: [{ source: 'Semantic Scholar TLDR', text: 'Only a model.', generated: true }],
            },
            { id: '2401.00003', title: 'Nothing known', tags: [], summaries: [] },
          ],
        }),
      ),
    );
    // An abstract fetched for a title-only list's row, of a paper no pack or source holds.
    await db.abstracts.put({ id: '2401.00004', text: CROCI_ABSTRACT, fetchedAt: 1 });
    await db.readingList.bulkAdd(ids.map((id, i) => ({ id, addedAt: i + 1, updatedAt: i + 1, state: 'to-read' as const })));
    const [header, ...rows] = readCsv(csvExport.serialize(await readSnapshot(db), NOW).slice(1));
    const column = header!.indexOf('summary');
    const summaries = Object.fromEntries(rows.map((row) => [row[0], row[column]]));
    expect(summaries).toMatchObject({ '2401.00001': 'A person says, in two paragraphs.', '2401.00002': 'Only a model.', '2401.00003': '' });
    for (const id of ['1902.02534', '2401.00004']) {
      expect(summaries[id]).toContain('we propose a strategy');
      expect(CROCI_ABSTRACT).toContain(summaries[id]!.replace(/…$/, ''));
    }
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const text = csvExport.serialize([paper({ title: 'Say "hi", then go', note: { text: 'one\r\ntwo\nthree', updatedAt: 1 } })], NOW);
    expect(text).toContain(',"Say ""hi"", then go",');
    expect(text).toContain(',"one\r\ntwo\nthree",');
    expect(readCsv(text.slice(1))[1]![2]).toBe('Say "hi", then go');
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    const hostile = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];
    const text = csvExport.serialize(
      hostile.map((title, i) => paper({ id: `2401.0000${i + 1}`, title, tags: [title.trim()], note: { text: title, updatedAt: 1 } })),
      NOW,
    );
    const rows = readCsv(text.slice(1)).slice(1);
    for (const [i, row] of rows.entries()) {
      expect(row[2]).toBe(`'${hostile[i]}`);
      expect(row[9]).toBe(`'${hostile[i]}`);
      expect(row[8]!.startsWith("'")).toBe(true);
    }
    expect(rows).toHaveLength(hostile.length);
  });

  it('lists only the reading list', () => {
    const text = csvExport.serialize([paper({}), { id: '2401.00002', tags: ['only tagged'] }], NOW);
    expect(readCsv(text.slice(1)).map((row) => row[0])).toEqual(['id', '2401.00001']);
  });
});
