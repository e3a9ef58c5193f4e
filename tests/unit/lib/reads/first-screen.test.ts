import { describe, expect, it } from 'vitest';
import { orderReadingItems } from '@/lib/reading-order';
import { loadFirstScreen } from '@/lib/reads/first-screen';
import { savePaper } from '@/lib/user-data/reading-list';
import { joinReadingItems, loadPackSide, loadUserSide } from '@/lib/reads/reading-view';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text } from '../../helpers/packs';

const FIRST = { sort: 'added', filter: { state: 'all', tag: null }, matches: null } as const;

describe("the popup's first screen", () => {
  it('is the first papers of the whole list, with their pack records, and counts them all', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    // Ten saved one by one, thirty imported at the same moment, then a paper a pack knows (by its title).
    for (let i = 0; i < 10; i++) await savePaper(db, `2401.${String(i).padStart(5, '0')}`, `Early ${i}`, 100 + i);
    for (let i = 29; i >= 0; i--) await savePaper(db, `2402.${String(i).padStart(5, '0')}`, undefined, 500);
    await savePaper(db, '2405.20519', undefined, 600);

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
    expect(first.total).toBe(41);
    expect(whole[0]!.title).toBe('Diffusion On Syntax Trees For Program Synthesis');
    expect(orderReadingItems(joinReadingItems(first.user, first.packs), FIRST)).toEqual(whole.slice(0, 16));
  });

  it('is the whole list when that is shorter', async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', 'Diffusion on syntax trees', 1);
    const first = await loadFirstScreen(db, 16);
    expect(first.total).toBe(1);
    expect(first.user.entries.map((e) => e.id)).toEqual(['2405.20519']);
  });
});
