import { describe, expect, it } from 'vitest';
import { setNote } from '@/lib/user-data/notes';
import { restoreEntry, savePaper, setReadingState, unsavePaper } from '@/lib/user-data/reading-list';
import { addUserTag, removeUserTag, tagSuggestions } from '@/lib/user-data/user-tags';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { freshDb, makePack, text } from '../../helpers/packs';

describe('the reading list', () => {
  it('saves a paper once; saving again keeps its state and date', async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', undefined, 1);
    await setReadingState(db, '2405.20519', 'reading', 2);
    const again = await savePaper(db, '2405.20519', 'Diffusion On Syntax Trees', 3);
    expect(again).toEqual({ id: '2405.20519', title: 'Diffusion On Syntax Trees', addedAt: 1, updatedAt: 2, state: 'reading' });
    expect(await db.readingList.count()).toBe(1);
  });

  it("removing leaves a tombstone and the paper's tags and note; saving again lifts it", async () => {
    const db = await freshDb();
    await savePaper(db, '2405.20519', 'T', 1);
    await addUserTag(db, '2405.20519', 'later', 1);
    await setNote(db, '2405.20519', 'check the proofs', 1);
    await unsavePaper(db, '2405.20519', 5);
    expect(await db.readingList.count()).toBe(0);
    expect(await db.tombstones.toArray()).toEqual([{ id: '2405.20519', deletedAt: 5 }]);
    expect((await db.userTags.get('2405.20519'))!.tags).toEqual(['later']);
    expect((await db.notes.get('2405.20519'))!.text).toBe('check the proofs');
    await savePaper(db, '2405.20519', 'T', 6);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('changing the state of a paper not in the list is an error', async () => {
    const db = await freshDb();
    await expect(setReadingState(db, '2405.20519', 'done')).rejects.toThrow(/not in the reading list/);
  });
});

describe('user tags', () => {
  it('are normalized, kept once, and removal keeps a dated empty record', async () => {
    const db = await freshDb();
    await addUserTag(db, '2405.20519', '  Program   Synthesis ', 1);
    expect(await addUserTag(db, '2405.20519', 'program synthesis', 2)).toEqual(['program synthesis']);
    expect(await removeUserTag(db, '2405.20519', 'program synthesis', 3)).toEqual([]);
    expect(await db.userTags.get('2405.20519')).toEqual({ paperId: '2405.20519', tags: [], updatedAt: 3 });
    await expect(addUserTag(db, '2405.20519', '   ')).rejects.toThrow(/Not a usable tag/);
    await expect(addUserTag(db, '2405.20519', 'x'.repeat(49))).rejects.toThrow(/Not a usable tag/);
  });

  it('edits racing from many tabs all land', async () => {
    const db = await freshDb();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((tag) => addUserTag(db, '2405.20519', tag)));
    expect((await db.userTags.get('2405.20519'))!.tags.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it("suggests the user's most used tags first, then the packs' tags", async () => {
    const db = await freshDb();
    await importBundledPack(db, text(makePack()));
    await addUserTag(db, '2405.20519', 'to discuss');
    await addUserTag(db, '2312.00752', 'to discuss');
    await addUserTag(db, '2312.00752', 'classic');
    expect(await tagSuggestions(db)).toEqual(['to discuss', 'classic', 'code generation', 'diffusion', 'sampling']);
  });
});

describe('undoing a removal', () => {
  it('puts the entry back as it was, dated now, so sync sees the undo as the newest edit', async () => {
    const db = await freshDb();
    const entry = await savePaper(db, '2405.20519', 'T', 1);
    await unsavePaper(db, '2405.20519', 5);
    await restoreEntry(db, entry, 9);
    expect(await db.readingList.get('2405.20519')).toEqual({ ...entry, updatedAt: 9 });
    expect(await db.tombstones.count()).toBe(0);
  });
});
