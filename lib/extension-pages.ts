import { browser } from 'wxt/browser';
import { sendMessage } from './messaging';

/**
 * After an extension page wrote the user's data: the background tells the open tabs and syncs.
 * Dexie's own notice of the write travels by BroadcastChannel, which does not wake Chromium's
 * stopped service worker; a runtime message does.
 */
export function announceUserDataWritten(): void {
  void sendMessage('userDataWritten', undefined).catch(() => undefined);
}

/** The options page opened on one paper's note. */
export function notePageUrl(id: string): string {
  return `${browser.runtime.getURL('/options.html')}#paper=${encodeURIComponent(id)}`;
}
