import { describe, expect, it } from 'vitest';
import { setNote } from '@/lib/store/notes';
import { savePaper, setReadingState } from '@/lib/store/reading-list';
import { joinReadingItems, loadPackSide, loadUserSide } from '@/lib/store/reading-view';
import { syncBundledPack } from '@/lib/store/sync';
import { addUserTag } from '@/lib/store/user-tags';
import { freshDb, makePack, text } from '../../helpers/packs';

describe('the popup\'s reading list', () => {
  it('shows the user\'s side at once and the packs\' titles, tags and summaries once read', async () => {
    const db = await freshDb();
    await syncBundledPack(db, text(makePack()));
    await savePaper(db, '2405.20519', undefined, 1);
    await savePaper(db, '2312.00752', 'Mamba', 2);
    await setReadingState(db, '2312.00752', 'done', 3);
    await addUserTag(db, '2405.20519', 'later', 4);
    await setNote(db, '2405.20519', 'Section 3', 5);
    const user = await loadUserSide(db);
    const first = joinReadingItems(user, undefined);
    expect(first.map((i) => [i.id, i.title, i.state, i.userTags, i.note])).toEqual([
      ['2312.00752', 'Mamba', 'done', [], ''],
      ['2405.20519', '2405.20519', 'to-read', ['later'], 'Section 3'],
    ]);
    const full = joinReadingItems(user, await loadPackSide(db, user.entries.map((e) => e.id)));
    expect(full[1]).toMatchObject({
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      curatedTags: ['diffusion', 'code generation'],
      summaries: [{ source: 'AI Timeline' }],
    });
  });
});
