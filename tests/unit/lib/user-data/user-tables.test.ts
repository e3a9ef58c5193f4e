import { describe, expect, it } from 'vitest';
import { setNote } from '@/lib/user-data/notes';
import { savePaper, unsavePaper } from '@/lib/user-data/reading-list';
import { readUserTables } from '@/lib/user-data/user-tables';
import { addUserTag } from '@/lib/user-data/user-tags';
import { freshDb } from '../../helpers/packs';

describe("the reader of the user's tables", () => {
  it('reads every paper, or only the papers asked for, each part keyed by paper', async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', 'Diffusion On Syntax Trees', 1);
    await savePaper(db, '1706.03762', undefined, 2);
    await unsavePaper(db, '1706.03762', 3);
    await addUserTag(db, '2312.00752', 'ssm', 4);
    await setNote(db, '2405.20519', 'Read section 3.', 5);

    const all = await readUserTables(db, ['saved', 'removed', 'tagged', 'notes']);
    expect([...all.saved.keys()]).toEqual(['2405.20519']);
    expect(all.removed.get('1706.03762')).toEqual({ id: '1706.03762', deletedAt: 3 });
    expect(all.tagged.get('2312.00752')!.tags).toEqual(['ssm']);
    expect(all.notes.get('2405.20519')!.text).toBe('Read section 3.');

    const some = await readUserTables(db, ['saved', 'removed', 'tagged'], ['1706.03762', '2312.00752', '2401.99999']);
    expect(some.saved.size).toBe(0);
    expect([...some.removed.keys()]).toEqual(['1706.03762']);
    expect([...some.tagged.keys()]).toEqual(['2312.00752']);
  });
});
