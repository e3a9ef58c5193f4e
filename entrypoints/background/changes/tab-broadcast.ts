import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '@/lib/pages/matches';

/** Runs `send` for every tab the content script may be in; a tab without it (still loading) is skipped. */
export async function forEachAnnotatedTab(send: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...CONTENT_MATCHES] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : send(tab.id).catch(() => undefined))));
}
