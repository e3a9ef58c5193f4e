import type { Extension } from '../tests/e2e/support/harness';
import type { SourceId } from '../lib/sources/keys';

/** No automation reaches Chromium's permission dialog (browser UI, Playwright issue #32755): the options page gets the user's yes directly. */
const GRANT_PERMISSIONS = () => {
  // Assigned as is: a named function would be wrapped by the bench's TypeScript loader in a helper the page lacks.
  chrome.permissions.request = (async () => true) as unknown as typeof chrome.permissions.request;
  const native = (globalThis as { browser?: Partial<typeof chrome> }).browser;
  if (native?.permissions) native.permissions.request = chrome.permissions.request;
};

/**
 * The background runs an opt-in source only while the browser holds its host (`heldSources`): it
 * finds the access the options page was granted above. Called with a callback through the
 * WebExtension polyfill, without one natively.
 */
const HOLD_PERMISSIONS = () => {
  chrome.permissions.contains = (async (_permissions: unknown, callback?: (held: boolean) => void) => {
    callback?.(true);
    return true;
  }) as unknown as typeof chrome.permissions.contains;
  const native = (globalThis as { browser?: Partial<typeof chrome> }).browser;
  if (native?.permissions) native.permissions.contains = chrome.permissions.contains;
};

/** Turns a source on or off the user's way, in the options page: on makes the sources sync, off forgets what it brought. */
export async function switchSource(ext: Extension, id: SourceId, on: boolean): Promise<void> {
  if (on) await ext.worker.evaluate(HOLD_PERMISSIONS);
  const options = await ext.context.newPage();
  await options.addInitScript(GRANT_PERMISSIONS);
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  const toggle = options.locator(`input[data-source-toggle="${id}"]`);
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await options.locator(`input[data-source-toggle="${id}"]${on ? ':checked' : ':not(:checked)'}`).waitFor();
  await options.close();
}
