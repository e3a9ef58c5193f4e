import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageHandlers } from '@/entrypoints/background/answers/messages';
import { TAB_LIMIT } from '@/entrypoints/background/answers/tab-opener';

const page = () => ({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2405.20519', tab: { id: 7 } });
const openedTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url !== undefined).map((tab) => tab.url);

beforeEach(() => {
  // Only the clock the limit reads is faked: the database's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('tabs a page has the background open', () => {
  it('are limited: past the limit a note is refused with a message, until the window has passed', async () => {
    for (let i = 0; i < TAB_LIMIT.count; i += 1) await messageHandlers.openNote({ data: { id: '2405.20519' }, sender: page() });
    await expect(messageHandlers.openNote({ data: { id: '2405.20519' }, sender: page() })).rejects.toThrow(
      `arXiv Lens opens at most ${TAB_LIMIT.count} tabs a minute: wait a moment and try again.`,
    );
    // The sources' offer opens the options page under the same limit.
    await expect(messageHandlers.answerSourcesOffer({ data: true, sender: page() })).rejects.toThrow(/at most/);
    expect(await openedTabs()).toHaveLength(TAB_LIMIT.count);
    expect((await openedTabs())[0]).toBe('chrome-extension://test-extension-id/options.html#paper=2405.20519');

    vi.setSystemTime(Date.now() + TAB_LIMIT.windowMs);
    await messageHandlers.answerSourcesOffer({ data: true, sender: page() });
    expect((await openedTabs()).at(-1)).toBe('chrome-extension://test-extension-id/options.html#sources');
  });
});
