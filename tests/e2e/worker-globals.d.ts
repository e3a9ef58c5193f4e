/**
 * The Chrome extension APIs that tests and the bench call inside the browser (the service worker,
 * an extension page) with `evaluate`. That code runs there, not here; these are only its types.
 */
declare const chrome: {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  contextMenus: { onClicked: { dispatch(info: { menuItemId: string; linkUrl: string; editable: boolean; pageUrl: string }): void } };
  runtime: { sendMessage(message: unknown, callback: (response: never) => void): void };
  permissions: { request(permissions: { origins?: string[] }): Promise<boolean> };
};
