import { describe, expect, it } from 'vitest';
import { META_KEY, SYNC_BUDGET_BYTES, SYNC_QUOTA, type SyncMeta, decodeSnapshot, encodeSnapshot, hash32, itemBytes } from '@/lib/sync/encoding';
import { type SyncRecord, savedPart, syncRecord, toSyncPrecision } from '@/lib/sync/model';
import { at } from './browsers';
import { chromeItemBytes } from './sync-area';

const records: SyncRecord[] = [
  syncRecord('2405.20519', { saved: savedPart(at(1) + 250, 'to-read', at(1) + 250, 'Diffusion On Syntax Trees') }),
  syncRecord('2312.00752', { saved: savedPart(at(1), 'reading', at(90_000), 'Mamba: Linear-Time Sequence Modeling') }),
  syncRecord('1706.03762', { saved: savedPart(at(50), 'done', at(40)), tags: { list: ['transformers', 'mt'], updatedAt: at(7) } }),
  syncRecord('hep-th/9901001', { removedAt: at(3), tags: { list: [], updatedAt: at(4) }, note: { text: '', updatedAt: at(5) } }),
  syncRecord('2401.00001', { note: { text: 'Über 量子 🧪 "quoted" <b>not html</b>\n\\', updatedAt: at(6) } }),
  syncRecord('2401.00002', { saved: savedPart(at(2), 'to-read', at(2), `Über ${'ein sehr langer Titel '.repeat(10)}`) }),
];

/** A moment after every date above, so none of them is clamped. */
const NOW = at(100_000);
const decode = (items: Record<string, unknown>) => decodeSnapshot(JSON.parse(JSON.stringify(items)) as Record<string, unknown>, NOW);

describe('the sync encoding', () => {
  it('gives back every paper as the sync area keeps it: whole seconds, titles of at most 80 characters', () => {
    const decoded = decode(encodeSnapshot(records, 'gen1', at(9)).items);
    expect(decoded.kind).toBe('complete');
    if (decoded.kind !== 'complete') return;
    expect([...decoded.records.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      records.map(toSyncPrecision).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect([...decoded.records.get('2401.00002')!.saved!.title!]).toHaveLength(80);
  });

  it('is the same whatever order the papers come in, so browsers holding the same data write nothing', () => {
    const forward = encodeSnapshot(records, 'gen1', at(9)).items;
    const backward = encodeSnapshot([...records].reverse(), 'gen1', at(9)).items;
    expect(backward).toEqual(forward);
  });

  it('costs about a hundred bytes for a paper with a title, so some nine hundred such papers fit', () => {
    const papers = Array.from({ length: 900 }, (_, n) =>
      syncRecord(`2406.${String(10_000 + n * 7)}`, {
        saved: savedPart(at(n * 3600), 'to-read', at(n * 3600), 'Scaling Laws for Retrieval-Augmented Language Models at Scale'),
      }),
    );
    const { bytes, items } = encodeSnapshot(papers, 'gen1', at(0));
    expect(bytes).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(Object.keys(items).length).toBeLessThan(SYNC_QUOTA.MAX_ITEMS);
  });

  it('counts bytes as the browser does: UTF-8, with Chrome’s escapes counted in full', () => {
    expect(itemBytes('k', 'é')).toBe(1 + 4);
    expect(itemBytes('k', '量')).toBe(1 + 5);
    expect(itemBytes('k', '🧪')).toBe(1 + 6);
    expect(itemBytes('k', '"')).toBe(1 + 4);
    expect(itemBytes('k', '<')).toBe(1 + 8);
    for (const text of ['plain', 'Über 量子 🧪 "x"\n\\', '<b>\u2028\u2029\u0001\t</b>'])
      expect(itemBytes('s:0', text)).toBe(chromeItemBytes('s:0', text));
  });
});

describe('reading the sync area back', () => {
  const encoded = () => {
    const many = Array.from({ length: 120 }, (_, n) =>
      syncRecord(`2402.${String(10_000 + n)}`, { saved: savedPart(at(n), 'to-read', at(n), `Paper ${n}`) }),
    );
    return JSON.parse(JSON.stringify(encodeSnapshot(many, 'gen1', at(0)).items)) as Record<string, unknown>;
  };

  it('nothing stored yet is an empty copy', () => {
    expect(decodeSnapshot({}, NOW)).toEqual({ kind: 'empty' });
  });

  it('chunks without their meta, a chunk missing, or a chunk from another write are an incomplete copy', () => {
    const withoutMeta = encoded();
    delete withoutMeta[META_KEY];
    const missing = encoded();
    delete missing['s:1'];
    const crossed = encoded();
    crossed['s:1'] = String(crossed['s:1']).replace('Paper', 'Paper!');
    for (const items of [withoutMeta, missing, crossed]) expect(decodeSnapshot(items, NOW)).toEqual({ kind: 'unreadable', reason: 'incomplete' });
  });

  it('a meta or entry that does not validate is a damaged copy', () => {
    const badMeta = encoded();
    badMeta[META_KEY] = { version: 1, chunks: 'many' };
    expect(decodeSnapshot(badMeta, NOW)).toEqual({ kind: 'unreadable', reason: 'damaged' });

    // A chunk its meta vouches for, holding a state no version writes.
    const { items } = encodeSnapshot([syncRecord('2401.00001', { saved: savedPart(at(1), 'done', at(1)) })], 'gen1', at(0));
    const chunk = String(items['s:0']).replace('"d', '"q');
    const forged = { 's:0': chunk, [META_KEY]: { ...(items[META_KEY] as SyncMeta), hashes: [hash32(chunk).toString(36)] } };
    expect(decodeSnapshot(forged, NOW)).toEqual({ kind: 'unreadable', reason: 'damaged' });
  });

  it('a copy from a newer version of the encoding is reported as such', () => {
    const items = encoded();
    items[META_KEY] = { ...(items[META_KEY] as object), version: 2 };
    expect(decodeSnapshot(items, NOW)).toEqual({ kind: 'unreadable', reason: 'newer-version' });
  });
});
