/**
 * The Chrome extension APIs that tests call inside the service worker with `worker.evaluate`.
 * That code runs in the browser, not here; these are only its types.
 */
declare const chrome: {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  contextMenus: { onClicked: { dispatch(info: { menuItemId: string; linkUrl: string; editable: boolean; pageUrl: string }): void } };
};
