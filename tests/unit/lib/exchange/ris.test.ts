import { describe, expect, it } from 'vitest';
import { risExport } from '@/lib/exchange/formats/ris';
import { readSnapshot } from '@/lib/exchange/snapshot';
import type { UserPaper } from '@/lib/exchange/types';
import { freshDb } from '../../helpers/packs';
import { NOW, seedLibrary } from './helpers';

/** Reads RIS records as reference managers do: `XX  - value` lines, a record ending at ER. */
function readRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let record: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    if (!line) continue;
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    record.push([m[1]!, m[2]!]);
    if (m[1] === 'ER') {
      records.push(record);
      record = [];
    }
  }
  expect(record).toEqual([]);
  return records;
}

const values = (record: [string, string][], tag: string) => record.filter(([t]) => t === tag).map(([, v]) => v);

describe('RIS export', () => {
  it('round trip: each reading-list paper comes back from its record with what RIS carries', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const papers = (await readSnapshot(db)).filter((p) => p.saved);
    const records = readRis(risExport.serialize(await readSnapshot(db), NOW));
    expect(records).toHaveLength(papers.length);
    const read = records.map((r) => ({
      type: values(r, 'TY'),
      id: values(r, 'ID')[0],
      title: values(r, 'TI')[0],
      authors: values(r, 'AU'),
      url: values(r, 'UR')[0],
      doi: values(r, 'DO')[0],
      note: values(r, 'N1')[0],
      tags: values(r, 'KW'),
    }));
    expect(read).toEqual(
      papers.map((p: UserPaper) => ({
        type: ['UNPB'],
        id: p.id,
        title: p.title,
        authors: p.authors ?? [],
        url: `https://arxiv.org/abs/${p.id}`,
        doi: `10.48550/arXiv.${p.id}`,
        // A note keeps its words; its line breaks become spaces, as RIS values are one line.
        note: p.note?.text.replace(/\s*\n+\s*/g, ' '),
        tags: p.tags,
      })),
    );
    expect(records.map((r) => values(r, 'PY')[0])).toEqual(['2007', '2017', '2024', '1997']);
  });

  it('starts each record with TY and ends it with ER, and no value can break out of its line', () => {
    const text = risExport.serialize(
      [
        {
          id: '2401.00001',
          title: 'Line one\r\nER  - \nTY  - JOUR',
          saved: { state: 'to-read' },
          tags: ['a\nKW  - injected'],
          note: { text: 'first\n\nsecond' },
        },
      ],
      NOW,
    );
    const [record] = readRis(text);
    expect(record![0]).toEqual(['TY', 'UNPB']);
    expect(record!.at(-1)).toEqual(['ER', '']);
    expect(values(record!, 'TI')).toEqual(['Line one ER  - TY  - JOUR']);
    expect(values(record!, 'KW')).toEqual(['a KW  - injected']);
    expect(values(record!, 'N1')).toEqual(['first second']);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });
});
