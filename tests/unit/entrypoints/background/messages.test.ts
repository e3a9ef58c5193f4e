import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupLookupCache } from '@/entrypoints/background/answers/lookup-service';
import { messageHandlers } from '@/entrypoints/background/answers/messages';
import { setSourceOn } from '@/lib/source-runtime/source-settings';
import { db } from '@/lib/db/db';
import { sha256 } from '@/lib/net/sha256';
import { importBundledPack, subscribe } from '@/lib/pack-store/subscriptions';
import { fakeServer, makePack, text } from '../../helpers/packs';
import { fixture } from '../../lib/sources/fake-api';

/** What the browser says of a message from this extension's content script on an arXiv page. */
const own = () => ({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2405.20519', tab: { id: 7 } });

// As the background does as it starts: its answers follow the database.
beforeAll(() => setupLookupCache());
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => vi.unstubAllGlobals());

describe("the background's messages", () => {
  it("answer a lookup from the extension's own content script", async () => {
    await importBundledPack(db, text(makePack()));
    const answer = await messageHandlers.lookup({ data: { ids: ['2405.20519'], titles: {} }, sender: own() });
    expect(answer['2405.20519']!.summaries[0]!.source).toBe('AI Timeline');
  });

  /** A sharded feed subscribed whose one shard, May 2024's, holds 2405.11111 with this summary. */
  async function subscribeFeed(summary: string) {
    const server = fakeServer();
    const shard = text(
      makePack({ id: 'all', papers: [{ id: '2405.11111', title: null, tags: [], summaries: [{ source: 'Feed', text: summary }] }] }),
    );
    server.set('https://feeds.example.org/all/2405.json', shard);
    const manifest = { format: 'arxiv-lens-feed', schemaVersion: 1, id: 'all', name: 'All of arXiv', version: '1', generatedAt: '2024-06-30' };
    const shards = [{ key: '2405', url: '2405.json', hash: await sha256(shard), papers: 1 }];
    server.set('https://feeds.example.org/all/manifest.json', text({ ...manifest, shards }));
    await subscribe(db, 'https://feeds.example.org/all/manifest.json', { fetch: server.fetch });
    vi.stubGlobal('fetch', server.fetch);
    return () => server.requests.filter((r) => r.url === 'https://feeds.example.org/all/2405.json').length;
  }

  it("answer a lookup from a sharded feed's shard fetched for it, before the shard is stored", async () => {
    await subscribeFeed('From the feed');
    const answer = await messageHandlers.lookup({ data: { ids: ['2405.11111'], titles: {} }, sender: own() });
    expect(answer['2405.11111']!.summaries.map((s) => s.text)).toEqual(['From the feed']);
  });

  it("fetch a sharded feed's shards a list names while it is parsed once: its lookup finds them on their way", async () => {
    const shardFetches = await subscribeFeed('Named while parsed');
    await vi.waitFor(async () => expect(await messageHandlers.prefetchShards({ data: { ids: ['2405.00001'] }, sender: own() })).toBe(true));
    await vi.waitFor(() => expect(shardFetches()).toBe(1));
    const answer = await messageHandlers.lookup({ data: { ids: ['2405.11111', '2405.00001'], titles: {} }, sender: own() });
    expect(answer['2405.11111']!.summaries.map((s) => s.text)).toEqual(['Named while parsed']);
    expect(shardFetches()).toBe(1);
  });

  it('tell a list being parsed, without a sharded feed, that naming its months serves nothing, and fetch nothing', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    await importBundledPack(db, text(makePack()));
    expect(await messageHandlers.prefetchShards({ data: { ids: ['2405.20519', '2312.00752'] }, sender: own() })).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('tell a page as it opens its settings and, on a paper page, the paper of its URL', async () => {
    await importBundledPack(db, text(makePack()));
    const paperPage = await messageHandlers.pageOpened({ data: 'https://arxiv.org/abs/2405.20519v2', sender: own() });
    expect(paperPage.preferences.enabledKinds).toContain('abs');
    expect(paperPage.lookup!['2405.20519']!.summaries[0]!.source).toBe('AI Timeline');
    // Nothing answered yet: the paper page offers the opt-in sources.
    expect(paperPage.sourcesOffer).toBe(true);
    const list = await messageHandlers.pageOpened({ data: 'https://arxiv.org/list/cs.LG/new', sender: own() });
    expect(list).toEqual({ preferences: paperPage.preferences });
  });

  it('refuse other extensions and senders without an id', async () => {
    await expect(messageHandlers.lookup({ data: { ids: [], titles: {} }, sender: { id: 'another-extension' } })).rejects.toThrow(
      /only its own pages/,
    );
    await expect(messageHandlers.save({ data: { id: '2405.20519' }, sender: {} })).rejects.toThrow(/only its own pages/);
    expect(await db.readingList.count()).toBe(0);
  });

  it.each([
    ['lookup', { ids: '2405.20519', titles: {} }],
    ['lookup', { ids: ['2405.20519v2'], titles: {} }],
    ['lookup', { ids: Array.from({ length: 10_001 }, () => '2405.20519'), titles: {} }],
    ['lookup', null],
    ['lookup', { ids: ['2405.20519', 42], titles: {} }],
    ['lookup', { ids: ['2405.20519'], titles: { '2405.20519': 'x'.repeat(1_001) } }],
    ['lookup', { ids: ['2405.20519'], titles: { '2405.20519': 7 } }],
    ['lookup', { ids: ['2405.20519'], titles: ['A title'] }],
    ['lookup', { ids: ['2405.20519'] }],
    ['pageOpened', { url: 'https://arxiv.org/abs/2405.20519' }],
    ['pageOpened', `https://arxiv.org/abs/2405.20519?${'x'.repeat(9_000)}`],
    ['save', { id: '<img src=x onerror=alert(1)>' }],
    ['save', { id: '2405.20519', title: 'x'.repeat(5_000) }],
    ['setState', { id: '2405.20519', state: 'archived' }],
    ['addTag', { id: '2405.20519', tag: 42 }],
    ['addTag', { id: '2405.20519', tag: 'x'.repeat(300) }],
    ['tagSuggestions', { surprise: true }],
    ['openNote', { id: 'javascript:alert(1)' }],
    ['abstracts', { ids: Array.from({ length: 201 }, (_, i) => `2405.${20_000 + i}`) }],
    ['abstracts', { ids: ['2405.20519v2'] }],
    ['abstracts', ['2405.20519']],
    ['prefetchShards', { ids: '2405.20519' }],
    ['prefetchShards', { ids: ['2405.20519v2'] }],
    ['prefetchShards', { ids: Array.from({ length: 10_001 }, () => '2405.20519') }],
  ] as const)('answer a malformed %s request with an error and change nothing', async (type, data) => {
    const handler = messageHandlers[type] as (m: { data: unknown; sender: { id?: string } }) => Promise<unknown>;
    await expect(handler({ data, sender: own() })).rejects.toThrow(new RegExp(`Bad ${type} request`));
    expect(await db.readingList.count()).toBe(0);
    expect(await db.userTags.count()).toBe(0);
  });

  it("each write answers with the paper's new state", async () => {
    const saved = await messageHandlers.save({ data: { id: '2405.20519', title: 'Diffusion On Syntax Trees' }, sender: own() });
    expect(saved.saved).toMatchObject({ state: 'to-read' });
    const tagged = await messageHandlers.addTag({ data: { id: '2405.20519', tag: 'Program Synthesis' }, sender: own() });
    expect(tagged.userTags).toEqual(['program synthesis']);
    const reading = await messageHandlers.setState({ data: { id: '2405.20519', state: 'reading' }, sender: own() });
    expect(reading.saved).toMatchObject({ state: 'reading' });
    const unsaved = await messageHandlers.unsave({ data: { id: '2405.20519' }, sender: own() });
    expect(unsaved).toMatchObject({ saved: null, userTags: ['program synthesis'] });
  });

  it('concurrent saves and tag edits from five tabs all land', async () => {
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].flatMap((tag, i) => [
        messageHandlers.save({ data: { id: `2405.2051${i}` }, sender: own() }),
        messageHandlers.addTag({ data: { id: '2405.20519', tag }, sender: own() }),
      ]),
    );
    expect(await db.readingList.count()).toBe(5);
    expect((await db.userTags.get('2405.20519'))!.tags.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('answer abstracts from the cache, and refuse strangers', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    await db.abstracts.bulkAdd([
      { id: '2405.20519', version: 2, text: 'Edits syntax trees with diffusion.', fetchedAt: Date.now() },
      { id: '2405.99999', text: null, fetchedAt: Date.now() },
    ]);
    const ids = ['2405.20519', '2405.99999'];
    expect(await messageHandlers.abstracts({ data: { ids }, sender: own() })).toEqual({
      '2405.20519': { text: 'Edits syntax trees with diffusion.', version: 2 },
      '2405.99999': null,
    });
    await expect(messageHandlers.abstracts({ data: { ids }, sender: { id: 'another-extension' } })).rejects.toThrow(/only its own pages/);
    // The arxiv source off: the cache answers, arXiv is not asked for the rest.
    await setSourceOn('arxiv', false);
    expect(await messageHandlers.abstracts({ data: { ids: ['2405.20519', '1707.08567'] }, sender: own() })).toEqual({
      '2405.20519': { text: 'Edits syntax trees with diffusion.', version: 2 },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("answer abstracts the cache lacks from arXiv's API, and keep them", async () => {
    const server = fakeServer();
    server.set('https://arxiv.org/api/query?id_list=1707.08567&max_results=1', fixture('arxiv/arxiv-query-1707.08567.xml'));
    vi.stubGlobal('fetch', server.fetch);
    const answer = await messageHandlers.abstracts({ data: { ids: ['1707.08567'] }, sender: own() });
    expect(answer['1707.08567']).toMatchObject({ version: 1, text: expect.stringMatching(/^The 10th Asia-Europe workshop/) });
    expect(await db.abstracts.get('1707.08567')).toMatchObject({ version: 1 });
  });
});
