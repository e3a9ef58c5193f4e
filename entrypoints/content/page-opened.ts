import { sendMessage, type PageOpened } from '@/lib/messaging';

/**
 * Where the `document_start` script (`entrypoints/early.ts`) leaves its one question for the main
 * script. Both run in the extension's own world of the page (never the page's), which they share,
 * so a registered symbol on that world's global is a hand-off needing neither a message nor the DOM.
 */
const HANDOFF = Symbol.for('arxiv-lens.page-opened');

type WithHandoff = typeof globalThis & { [HANDOFF]?: Promise<PageOpened> };

export function askPageOpened(href: string): Promise<PageOpened> {
  return sendMessage('pageOpened', href);
}

export function leavePageOpened(answer: Promise<PageOpened>): void {
  (globalThis as WithHandoff)[HANDOFF] = answer;
}

/**
 * The answer the `document_start` script asked for, taken once; asked now when it did not run
 * (a tab open before the extension was installed or updated is given only the main script).
 */
export function takePageOpened(href: string): Promise<PageOpened> {
  const global = globalThis as WithHandoff;
  const left = global[HANDOFF];
  delete global[HANDOFF];
  return left ?? askPageOpened(href);
}
