/**
 * The Chrome extension APIs that tests and the bench call inside the browser (the service worker,
 * an extension page) with `evaluate`. That code runs there, not here; these are only its types.
 */
declare const chrome: {
  contextMenus: { onClicked: { dispatch(info: { menuItemId: string; linkUrl: string; editable: boolean; pageUrl: string }): void } };
  runtime: { sendMessage(message: unknown, callback: (response: never) => void): void };
  permissions: {
    request(permissions: { origins?: string[] }): Promise<boolean>;
    contains(permissions: { origins?: string[] }, callback?: (held: boolean) => void): Promise<boolean>;
    onRemoved: { dispatch(permissions: { origins?: string[]; permissions?: string[] }): void };
  };
};

/** The part of the extension API (`browser` in Firefox, `chrome` in Chromium) tests call in an extension page. */
interface ExtensionApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { sync: { get(): Promise<Record<string, unknown>> }; local: { get(): Promise<Record<string, unknown>> } };
}
