import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { onTablesChanged } from '../changes/db-events';
import { lookupCache } from '../answers/lookup-service';
import { whenBundledPackReady } from '../upkeep/pack-updates';
import { mergeOptions } from '../upkeep/sources';

/** A burst of writes (a day's list, a pack) updates the badges once. */
const SETTLE_MS = 100;

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * The toolbar badge says how many summaries the current tab's paper has. PDF tabs count too: a PDF
 * viewer cannot be annotated, so the badge (and the popup) are where its summary shows. It follows
 * the store: a source's answer, a new pack or a hidden source updates the active tabs' badges.
 */
export function setupBadge(): void {
  onTablesChanged(['papers', 'packChunks'], () => void updateActiveBadges(), SETTLE_MS);
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

/** After the papers or the hidden sources changed. */
export async function updateActiveBadges(): Promise<void> {
  const tabs = await browser.tabs.query({ active: true });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : updateBadge(tab.id, tab.url))));
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
