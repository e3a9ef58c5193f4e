import type { BackgroundMessage } from './messaging';
import { CONTENT_MATCHES } from './pages/matches';

/**
 * Who may send a message: the content script on a page of a matched host, or one of the
 * extension's own pages (popup, options, a note opened in a tab).
 */
export type SenderContext = 'content-script' | 'extension-page';

/** What the browser says about a message's sender (`runtime.MessageSender`), as far as it is read here. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const PAGE = ['content-script'] as const;
const EXTENSION = ['extension-page'] as const;
const BOTH = ['content-script', 'extension-page'] as const;

/**
 * The contexts each message is answered from. A message no context sends today is refused from it:
 * the extension pages' own writes (a note, an undo, an import, clearing history) and `syncNow`
 * are work a web page must not trigger, and a page's questions name the page they come from. The
 * reading list's writes come from both, as every write goes through the background. Every message
 * must be listed, so a new one declares its senders.
 */
export const MESSAGE_SENDERS: { readonly [K in BackgroundMessage]: readonly SenderContext[] } = {
  pageOpened: PAGE,
  lookup: PAGE,
  prefetchShards: PAGE,
  abstracts: PAGE,
  listOpened: PAGE,
  dismiss: PAGE,
  undismiss: PAGE,
  saveTriageProgress: PAGE,
  rankList: PAGE,
  save: BOTH,
  unsave: BOTH,
  setState: BOTH,
  addTag: BOTH,
  removeTag: BOTH,
  tagSuggestions: PAGE,
  getPreferences: PAGE,
  setPanelCollapsed: PAGE,
  hideSummarySource: PAGE,
  sourcesOffer: PAGE,
  answerSourcesOffer: PAGE,
  openNote: PAGE,
  setNote: EXTENSION,
  restoreSaved: EXTENSION,
  importUserData: EXTENSION,
  clearListHistory: EXTENSION,
  syncNow: EXTENSION,
};

const CONTENT_HOSTS = new Set(CONTENT_MATCHES.map((pattern) => new URL(pattern.replace('*', '')).hostname));

function isContentPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && CONTENT_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * The context a message came from, given the extension's own base URL (`runtime.getURL('/')`).
 * An extension page's URL is the extension's own, in a tab or not; a content script's is the page
 * it runs in, always in a tab. Anything else (another frame, an unmatched host) is neither.
 */
export function senderContext(sender: MessageSender, extensionUrl: string): SenderContext | undefined {
  if (sender.url?.startsWith(extensionUrl)) return 'extension-page';
  if (sender.tab && isContentPage(sender.url ?? sender.tab.url)) return 'content-script';
  return undefined;
}

const CONTEXT_NAMES: Record<SenderContext, string> = {
  'content-script': 'arXiv Lens on an arXiv or Hugging Face page',
  'extension-page': "arXiv Lens's own pages",
};

/** Why a message from this context is refused, naming who may send it. */
export function refusal(type: BackgroundMessage, from: SenderContext | undefined): string {
  const allowed = MESSAGE_SENDERS[type].map((context) => CONTEXT_NAMES[context]).join(' or ');
  const origin = from ? CONTEXT_NAMES[from] : 'this sender';
  return `arXiv Lens refused "${type}" from ${origin}: only ${allowed} may send it`;
}
