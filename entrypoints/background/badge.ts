import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { lookupCache } from './lookup-service';
import { whenBundledPackReady } from './pack-updates';
import { mergeOptions } from './sources';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * The toolbar badge says when the current tab's paper has a curated summary. PDF tabs count too:
 * a PDF viewer cannot be annotated, so the badge (and the popup) are where its summary shows.
 */
export function setupBadge(): void {
  void toolbarButton().setBadgeBackgroundColor({ color: '#b31b1b' });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') void updateBadge(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    // The tab may be gone already (closed right after it was activated).
    browser.tabs.get(tabId).then(
      (tab) => updateBadge(tabId, tab.url),
      () => undefined,
    );
  });
}

async function updateBadge(tabId: number, url: string | undefined): Promise<void> {
  const paper = url ? parseArxivId(url) : null;
  let text = '';
  if (paper) {
    await whenBundledPackReady();
    // Every tab change asks: answered from the background's memory, like the pages' lookups.
    const info = (await lookupCache.lookup({ ids: [paper.id], titles: {} }, await mergeOptions()))[paper.id];
    text = info && info.summaries.length > 0 ? String(info.summaries.length) : '';
  }
  await toolbarButton()
    .setBadgeText({ tabId, text })
    .catch(() => undefined);
}
