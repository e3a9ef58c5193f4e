import { describe, expect, it } from 'vitest';
import { orderReadingItems } from '@/lib/reading-order';
import { loadFirstScreen } from '@/lib/reads/first-screen';
import { savePaper } from '@/lib/user-data/reading-list';
import { addUserTag } from '@/lib/user-data/user-tags';
import { setNote } from '@/lib/user-data/notes';
import { joinReadingItems, loadPackSide, loadUserSide } from '@/lib/reads/reading-view';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text } from '../../helpers/packs';

const FIRST = { sort: 'added', filter: { state: 'all', tag: null }, matches: null } as const;

describe("the popup's first screen", () => {
  it('is the first papers of the whole list, with their pack records, tags and notes', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    // Ten saved one by one, thirty imported at the same moment, then a paper a pack knows (by its title).
    for (let i = 0; i < 10; i++) await savePaper(db, `2401.${String(i).padStart(5, '0')}`, `Early ${i}`, 100 + i);
    for (let i = 29; i >= 0; i--) await savePaper(db, `2402.${String(i).padStart(5, '0')}`, undefined, 500);
    await savePaper(db, '2405.20519', undefined, 600);
    // Tags and notes on papers of the first screen and beyond it.
    await addUserTag(db, '2402.00003', 'to-cite');
    await addUserTag(db, '2401.00009', 'later');
    await setNote(db, '2402.00001', 'read section 3');
    await setNote(db, '2401.00002', 'skimmed');

    const first = await loadFirstScreen(db, 16);
    const user = await loadUserSide(db);
    const whole = orderReadingItems(
      joinReadingItems(
        user,
        await loadPackSide(
          db,
          user.entries.map((e) => e.id),
        ),
      ),
      FIRST,
    );
    expect(whole[0]!.title).toBe('Diffusion On Syntax Trees For Program Synthesis');
    expect(orderReadingItems(joinReadingItems(first.user, first.packs), FIRST)).toEqual(whole.slice(0, 16));
    expect(
      whole
        .slice(0, 16)
        .filter((item) => item.userTags.length > 0 || item.note)
        .map((item) => [item.id, item.userTags, item.note]),
    ).toEqual([
      ['2402.00001', [], 'read section 3'],
      ['2402.00003', ['to-cite'], ''],
    ]);
  });

  it('is the whole list when that is shorter', async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', 'Diffusion on syntax trees', 1);
    const first = await loadFirstScreen(db, 16);
    expect(first.user.entries.map((e) => e.id)).toEqual(['2405.20519']);
  });
});
