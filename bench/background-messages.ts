import type { Page } from 'playwright-core';
import type { Extension } from '../tests/e2e/support/harness';

export interface Message {
  type: string;
  data: unknown;
}

type Answer = { ms: number; res: unknown };

/**
 * Sends the messages one after another and times each (the message channel included); a message
 * the background answers with an error throws. Plain JavaScript source, run as it is in the page:
 * the bench's TypeScript loader would wrap named functions in a helper the page lacks.
 */
const SEND_ALL = `async (messages) => {
  const answers = [];
  for (const [i, { type, data }] of messages.entries()) {
    const t0 = performance.now();
    const answer = await new Promise((resolve) => chrome.runtime.sendMessage({ id: i, type, data, timestamp: Date.now() }, resolve));
    answers.push({ ms: performance.now() - t0, res: answer.res });
    if (answer.err !== undefined) throw new Error(type + ' failed: ' + JSON.stringify(answer.err));
  }
  return answers;
}`;

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Sends the background raw messages, framed as the messaging library frames them, from where the
 * product sends them: an extension page's from its own script, and those only an annotated page
 * may send (`lookup`, `rankList`: lib/messaging-senders.ts) from the content script's isolated
 * world on an arXiv tab, reached through the DevTools protocol.
 */
export async function sendTimed(ext: Extension, page: Page, messages: Message[]): Promise<Answer[]> {
  if (page.url().startsWith('chrome-extension://')) return page.evaluate(`(${SEND_ALL})(${JSON.stringify(messages)})`);
  const cdp = await ext.context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.id}`);
    if (!world) throw new Error(`no content script of the extension on ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `(${SEND_ALL})(${JSON.stringify(messages)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as Answer[];
  } finally {
    await cdp.detach();
  }
}
