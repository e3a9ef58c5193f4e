import { beforeEach, describe, expect, it } from 'vitest';
import { backupExport } from '@/lib/exchange/formats/backup';
import { importUserData } from '@/lib/exchange/import';
import { setNote } from '@/lib/user-data/notes';
import { savePaper, unsavePaper } from '@/lib/user-data/reading-list';
import { decodeSnapshot } from '@/lib/sync/encoding';
import { FUTURE_SLACK_MS } from '@/lib/sync/edit-dates';
import { syncEnabled } from '@/lib/sync/sync-state';
import { at, simulatedBrowser, testClock } from './browsers';
import { createSyncArea } from './sync-area';

const ID = '2405.20519';
const YEAR_2100 = Date.UTC(2100, 0, 1);

/** A backup, as another tool or a tampered file could write it, whose note is dated in the year 2100. */
const futureBackup = backupExport.serialize(
  [
    {
      id: ID,
      saved: { state: 'reading', addedAt: YEAR_2100, updatedAt: YEAR_2100 },
      tags: [],
      note: { text: 'Imported note.', updatedAt: YEAR_2100 },
    },
  ],
  new Date(at(0)),
);

async function setup() {
  const clock = testClock();
  const area = createSyncArea(clock.now);
  const [a, b] = await Promise.all(['A', 'B'].map((name) => simulatedBrowser(name, area, clock)));
  return { area, clock, a: a!, b: b! };
}

beforeEach(async () => {
  await syncEnabled.setValue(true);
});

describe('a date in the future', () => {
  it('from an imported file is clamped, and today’s edit of that note survives the next sync', async () => {
    const { a, b } = await setup();
    const report = await importUserData(a.db, futureBackup, new Date(at(10)));
    expect(report).toMatchObject({ added: 1, clamped: 3 });
    expect((await a.db.notes.get(ID))!.updatedAt).toBe(at(10) + FUTURE_SLACK_MS);
    await a.sync(at(20));
    await b.sync(at(30));

    // Later today, on the other browser.
    await setNote(b.db, ID, 'Today’s edit.', at(3_600));
    await b.sync(at(3_610));
    await a.sync(at(3_620));
    expect((await a.db.notes.get(ID))!.text).toBe('Today’s edit.');
    expect((await b.db.notes.get(ID))!.text).toBe('Today’s edit.');
  });

  it('does not outrank an edit made right after the import, inside the slack', async () => {
    const { a, b } = await setup();
    await importUserData(a.db, futureBackup, new Date(at(10)));
    await setNote(a.db, ID, 'Edited a minute later.', at(70));
    await a.sync(at(80));
    await b.sync(at(90));
    expect((await b.db.notes.get(ID))!.text).toBe('Edited a minute later.');
  });

  it('from a browser whose clock ran ahead is clamped when read, and the copy is written back clamped', async () => {
    const { area, b } = await setup();
    const ahead = await simulatedBrowser('ahead', area, testClock(YEAR_2100));
    await setNote(ahead.db, ID, 'Written in 2100.', YEAR_2100);
    await ahead.sync(YEAR_2100);

    await b.sync(at(10));
    expect((await b.db.notes.get(ID))!.updatedAt).toBe(at(10) + FUTURE_SLACK_MS);
    const copy = decodeSnapshot(area.items(), Number.MAX_SAFE_INTEGER);
    expect(copy.kind === 'complete' && copy.records.get(ID)?.note?.updatedAt).toBe(at(10) + FUTURE_SLACK_MS);

    await setNote(b.db, ID, 'Today’s edit.', at(600));
    await b.sync(at(700));
    expect((await b.db.notes.get(ID))!.text).toBe('Today’s edit.');
  });

  it('on a removal does not keep the paper from being saved again, and the removal still holds until then', async () => {
    const { area, a, b } = await setup();
    const ahead = await simulatedBrowser('ahead', area, testClock(YEAR_2100));
    await savePaper(ahead.db, ID, 'Diffusion On Syntax Trees', YEAR_2100);
    await ahead.sync(YEAR_2100);
    await b.sync(at(10));
    await unsavePaper(ahead.db, ID, YEAR_2100 + 60_000);
    await ahead.sync(YEAR_2100 + 120_000);

    // The removal is clamped, not dropped: the paper leaves this browser's list.
    await b.sync(at(20));
    expect(await b.db.readingList.get(ID)).toBeUndefined();
    expect((await b.db.tombstones.get(ID))!.deletedAt).toBe(at(20) + FUTURE_SLACK_MS);

    await savePaper(b.db, ID, 'Diffusion On Syntax Trees', at(30));
    await b.sync(at(40));
    await a.sync(at(50));
    expect(await b.db.readingList.get(ID)).toBeDefined();
    expect(await a.db.readingList.get(ID)).toMatchObject({ id: ID, state: 'to-read' });
  });

  it('already in this browser’s database is outranked by the next edit, and brought back at the next sync', async () => {
    const { a } = await setup();
    await a.db.notes.put({ paperId: ID, text: 'Dated 2100 before dates were clamped.', updatedAt: YEAR_2100 });
    await setNote(a.db, ID, 'Today’s edit.', at(10));
    expect((await a.db.notes.get(ID))!.updatedAt).toBeGreaterThan(YEAR_2100);

    await a.db.userTags.put({ paperId: ID, tags: ['later'], updatedAt: YEAR_2100 });
    await a.sync(at(20));
    expect((await a.db.userTags.get(ID))!.updatedAt).toBe(at(20) + FUTURE_SLACK_MS);
  });
});
