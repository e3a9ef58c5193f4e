import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupLookupCache } from '@/entrypoints/background/answers/lookup-service';
import { messageHandlers } from '@/entrypoints/background/answers/messages';
import { setupChangeBroadcast } from '@/entrypoints/background/changes/change-broadcast';
import { popupWrites } from '@/entrypoints/popup/popup-writes';
import { db, type ReadingEntry } from '@/lib/db/db';
import { type BackgroundMessage, sendMessage } from '@/lib/messaging';
import type { MessageSender } from '@/lib/messaging-senders';

// Both sides of the runtime's messages: the pages' questions reach the background's handlers as
// the browser would deliver them from the popup, and what the background sends a tab is kept.
vi.mock('@/lib/messaging', async (original) => ({ ...(await original<typeof import('@/lib/messaging')>()), sendMessage: vi.fn() }));

type Change = { ranking: boolean; papers?: string[] };
type AnyHandler = (message: { data: unknown; sender: MessageSender }) => Promise<unknown>;

const ANNOTATED_TAB = 7;
const bib = readFileSync(new URL('../../../fixtures/exchange/mixed-library.bib', import.meta.url), 'utf8');
/** The options page's import: the file's text, sent as it is. */
const importFile = () => sendMessage('importUserData', bib);

// Set before any test: the database's reset in beforeEach may itself be told to the tab.
let toldTabs: Change[] = [];
let failed: string[] = [];
let removed: ReadingEntry[] = [];

const popup = () =>
  popupWrites(
    db,
    (entry) => removed.push(entry),
    (message) => failed.push(message),
  );

beforeAll(() => {
  setupLookupCache();
  setupChangeBroadcast();
});

beforeEach(async () => {
  // Only the broadcast's settling is on the clock; IndexedDB's own scheduling runs as it would.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const from = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  vi.mocked(sendMessage).mockImplementation(((type: string, data: unknown, tabId?: number) => {
    if (tabId === undefined) return (messageHandlers[type as BackgroundMessage] as AnyHandler)({ data, sender: from });
    if (type === 'papersChanged' && tabId === ANNOTATED_TAB) toldTabs.push(data as Change);
    return Promise.resolve();
  }) as typeof sendMessage);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: ANNOTATED_TAB, url: 'https://arxiv.org/list/cs.LG/new' } as never]);
  await db.delete();
  await db.open();
  await vi.runAllTimersAsync();
  toldTabs = [];
  failed = [];
  removed = [];
});

afterEach(() => vi.useRealTimers());

/** Runs a write as the page does, then lets the background's broadcast settle; what it told the tab. */
async function told(write: () => Promise<unknown>): Promise<Change[]> {
  toldTabs = [];
  await write();
  await vi.runAllTimersAsync();
  return toldTabs;
}

describe("the popup's writes reach the tabs once", () => {
  const ID = '2405.20519';
  it.each([
    ['a save', async () => undefined, () => popup().save(ID, 'Diffusion On Syntax Trees')],
    ['a removal', () => popup().save(ID, 'Diffusion On Syntax Trees'), () => popup().unsave(ID)],
    ['a reading state', () => popup().save(ID, 'Diffusion On Syntax Trees'), () => popup().setState(ID, 'reading')],
    ['a tag', async () => undefined, () => popup().addTag(ID, 'program synthesis')],
    ['a removed tag', () => popup().addTag(ID, 'program synthesis'), () => popup().removeTag(ID, 'program synthesis')],
    ['a note', async () => undefined, () => popup().setNote(ID, 'Compare with Mamba.')],
  ])('%s is written by the background, which tells an annotated tab once, naming the paper', async (_, before, write) => {
    await before();
    expect(await told(write)).toEqual([{ ranking: expect.any(Boolean), papers: [ID] }]);
    expect(failed).toEqual([]);
  });

  it('a removal from the list and its undo each tell the tab once, and the entry comes back as it was', async () => {
    await popup().save(ID, 'Diffusion On Syntax Trees');
    await popup().setState(ID, 'reading');
    expect(await told(() => popup().remove(ID))).toEqual([{ ranking: true, papers: [ID] }]);
    expect(await db.readingList.get(ID)).toBeUndefined();
    expect(await told(() => popup().restore(removed[0]!))).toEqual([{ ranking: true, papers: [ID] }]);
    expect(await db.readingList.get(ID)).toMatchObject({ title: 'Diffusion On Syntax Trees', state: 'reading' });
    expect(failed).toEqual([]);
  });

  it("a write the background refuses is the popup's error, and tells no tab", async () => {
    expect(await told(() => popup().setState(ID, 'reading'))).toEqual([]);
    expect(failed).toEqual([`${ID} is not in the reading list`]);
  });
});

describe("the options page's writes reach the tabs once", () => {
  it('an import answers with its summary and tells an annotated tab once', async () => {
    let summary: Awaited<ReturnType<typeof importFile>> | undefined;
    const broadcasts = await told(async () => (summary = await importFile()));
    expect(summary).toMatchObject({ format: 'bibtex', added: await db.readingList.count() });
    expect(summary!.added).toBeGreaterThan(0);
    expect(broadcasts).toHaveLength(1);
  });

  it('clearing the list history tells an annotated tab once, to look all its papers up again', async () => {
    await told(() => db.dismissed.put({ id: '2405.20519', dismissed: true, updatedAt: 1 }));
    expect(await told(() => sendMessage('clearListHistory', undefined))).toEqual([{ ranking: true }]);
    expect(await db.dismissed.count()).toBe(0);
  });
});
