import { describe, expect, it, vi } from 'vitest';
import { onKeysChanged, onPapersChanged, onTablesChanged } from '@/entrypoints/background/changes/db-events';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import { savePaper } from '@/lib/user-data/reading-list';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { addUserTag } from '@/lib/user-data/user-tags';
import { freshDb, makePack, text } from '../../helpers/packs';

describe('the papers a change touched', () => {
  it('are named for a save, a tag and a source answer of hundreds of papers; any paper for a pack', async () => {
    const db = await freshDb();
    const heard: (string[] | null)[] = [];
    onPapersChanged((ids) => heard.push(ids && [...ids].sort()));
    const next = async (write: () => Promise<unknown>) => {
      const before = heard.length;
      await write();
      await vi.waitFor(() => expect(heard.length).toBeGreaterThan(before));
      return heard.slice(before).flatMap((ids) => (ids ? ids : [null]));
    };

    expect(await next(() => savePaper(db, '2312.00752', 'Mamba', 5))).toEqual(['2312.00752']);
    expect(await next(() => addUserTag(db, '1706.03762', 'attention', 5))).toEqual(['1706.03762']);
    // A source answers for a whole listing at once: beyond Dexie's 50-row limit on naming keys.
    const answered = Array.from({ length: 120 }, (_, i) => `2406.${String(i).padStart(5, '0')}`);
    const papers = answered.map((id) => ({ id, title: `Paper ${id}`, upvotes: 3, tags: [], summaries: [] }));
    expect(new Set(await next(() => storeAnswer(db, 'hf-paper', papers, [], 5)))).toEqual(new Set(answered));
    expect(await next(() => importBundledPack(db, text(makePack())))).toContain(null);
  });
});

describe('table names', () => {
  it('are the schema’s: a listener on a table the database does not hold fails to compile', () => {
    const listen = () => {
      // @ts-expect-error `seen` is not a table of the schema (its table is `seenDays`).
      onTablesChanged(['seen'], () => undefined);
      // @ts-expect-error nor is `paper`.
      onKeysChanged('paper', () => undefined);
      onTablesChanged(['seenDays', 'packChunks'], () => undefined);
    };
    expect(typeof listen).toBe('function');
  });
});
