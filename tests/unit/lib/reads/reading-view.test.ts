import { describe, expect, it } from 'vitest';
import { setNote } from '@/lib/user-data/notes';
import { savePaper, setReadingState } from '@/lib/user-data/reading-list';
import { joinReadingItems, loadPackSide, loadUserSide } from '@/lib/reads/reading-view';
import { storeAnswer } from '@/lib/source-runtime/source-store';
import { lookup } from '@/lib/reads/lookup';
import { importBundledPack, subscribe } from '@/lib/pack-store/subscriptions';
import { addUserTag } from '@/lib/user-data/user-tags';
import { fakeServer, freshDb, makePack, text } from '../../helpers/packs';

describe("the popup's reading list", () => {
  it("shows the user's side at once and the packs' titles, tags and summaries once read", async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
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
    const full = joinReadingItems(
      user,
      await loadPackSide(
        db,
        user.entries.map((e) => e.id),
      ),
    );
    expect(full[1]).toMatchObject({
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      curatedTags: ['diffusion', 'code generation'],
      summaries: [{ source: 'AI Timeline' }],
    });
  });

  it('shows a summary two packs both hold once, as the panel does', async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    const server = fakeServer();
    server.set('https://example.org/pack.json', text(makePack({ id: 'other', name: 'Other pack' })));
    await subscribe(db, 'https://example.org/pack.json', { fetch: server.fetch });
    await savePaper(db, '2405.20519', undefined, 1);
    const user = await loadUserSide(db);
    const [item] = joinReadingItems(user, await loadPackSide(db, ['2405.20519']));
    expect(item!.summaries.map((s) => s.source)).toEqual(['AI Timeline']);
    const info = (await lookup(db, { ids: ['2405.20519'], titles: {} }))['2405.20519']!;
    expect(info.summaries).toEqual(item!.summaries);
  });

  it('says when arXiv has a version newer than the one saved', async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', 'Diffusion', 1, 1);
    await savePaper(db, '2312.00752', 'Mamba', 2, 2);
    await storeAnswer(
      db,
      'arxiv',
      [
        { id: '2405.20519', title: 'Diffusion On Syntax Trees For Program Synthesis', version: 3, tags: [], summaries: [] },
        { id: '2312.00752', title: 'Mamba', version: 2, tags: [], summaries: [] },
      ],
      [],
      3,
    );
    const items = joinReadingItems(await loadUserSide(db), await loadPackSide(db, ['2405.20519', '2312.00752']));
    expect(items.map((i) => [i.id, i.newerVersion])).toEqual([
      ['2312.00752', undefined],
      ['2405.20519', 3],
    ]);
  });
});
