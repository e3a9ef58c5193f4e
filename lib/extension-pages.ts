import { browser } from 'wxt/browser';

/** The options page opened on one paper's note. */
export function notePageUrl(id: string): string {
  return `${browser.runtime.getURL('/options.html')}#paper=${encodeURIComponent(id)}`;
}
