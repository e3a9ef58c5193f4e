import { describe, expect, it } from 'vitest';
import { idListImport } from '@/lib/exchange/formats/id-list';
import { importUserData } from '@/lib/exchange/import';
import { readSnapshot } from '@/lib/exchange/snapshot';
import { freshDb } from '../../helpers/packs';
import { NOW, seedLibrary } from './helpers';

const LIST = [
  '# papers from the reading group',
  '',
  '2405.20519',
  'https://arxiv.org/abs/1706.03762v7',
  'http://arxiv.org/pdf/2312.00752v2.pdf',
  '  arXiv:1412.6980  ',
  'hep-th/9711200',
  'math.GT/0309136',
  'https://huggingface.co/papers/2401.04088',
  'doi.org/10.48550/arXiv.1906.02629',
  'see the slides',
  'https://example.org/2401.00001',
  '2413.00001',
  '',
  '2405.20519v2',
].join('\r\n');

describe('lists of arXiv ids', () => {
  it('takes ids, URLs, arXiv: references and old-style ids, one a line, and names each junk line by number', () => {
    const parsed = idListImport.parse(LIST);
    expect(parsed.papers.map((p) => p.id)).toEqual([
      '2405.20519',
      '1706.03762',
      '2312.00752',
      '1412.6980',
      'hep-th/9711200',
      'math/0309136',
      '2401.04088',
      '1906.02629',
      '2405.20519',
    ]);
    expect(parsed.papers[0]).toEqual({ id: '2405.20519', saved: { state: 'to-read' }, tags: [] });
    expect(parsed.rejected).toEqual([
      { record: 'line 11: see the slides', reason: 'not an arXiv id or arXiv URL' },
      { record: 'line 12: https://example.org/2401.00001', reason: 'not an arXiv id or arXiv URL' },
      { record: 'line 13: 2413.00001', reason: 'not an arXiv id or arXiv URL' },
    ]);
  });

  it('saves each paper once, to read, and reports the junk', async () => {
    const db = await freshDb();
    const report = await importUserData(db, LIST, NOW);
    expect(report).toMatchObject({ format: 'id-list', added: 8, merged: 0, unchanged: 0 });
    expect(report.rejected).toHaveLength(3);
    const entries = await db.readingList.toArray();
    expect(entries).toHaveLength(8);
    expect(new Set(entries.map((e) => `${e.state} ${e.addedAt} ${e.updatedAt}`))).toEqual(new Set([`to-read ${NOW.getTime()} ${NOW.getTime()}`]));
  });

  it('round trip: the ids of a reading list, imported into an empty database, give the same reading list', async () => {
    const source = await freshDb();
    await seedLibrary(source);
    const ids = (await readSnapshot(source)).filter((p) => p.saved).map((p) => p.id);
    const target = await freshDb();
    await importUserData(target, ids.join('\n'), NOW);
    expect((await target.readingList.toArray()).map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  it('does not reset the state of papers already on the list', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const report = await importUserData(db, '1706.03762\n2405.20519\n', new Date('2030-01-01'));
    expect(report).toMatchObject({ added: 0, merged: 0, unchanged: 2 });
    expect((await db.readingList.get('1706.03762'))!.state).toBe('done');
    expect((await db.readingList.get('2405.20519'))!.state).toBe('reading');
  });
});
