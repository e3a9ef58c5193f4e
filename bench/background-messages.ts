import type { Page } from 'playwright-core';

export interface Message {
  type: string;
  data: unknown;
}

/**
 * Sends the background raw messages one after another from an extension page, framed as the
 * messaging library frames them: each one's time (the message channel included) and answer. A
 * message the background answers with an error fails the scenario.
 */
export function sendTimed(page: Page, messages: Message[]): Promise<{ ms: number; res: unknown }[]> {
  return page.evaluate(async (messages) => {
    // No named functions in here: the bench's TypeScript loader would wrap them in a helper the page lacks.
    const answers: { ms: number; res: unknown }[] = [];
    for (const [i, { type, data }] of messages.entries()) {
      const t0 = performance.now();
      const answer = await new Promise<{ res?: unknown; err?: unknown }>((resolve) =>
        chrome.runtime.sendMessage({ id: i, type, data, timestamp: Date.now() }, resolve),
      );
      answers.push({ ms: performance.now() - t0, res: answer.res });
      if (answer.err !== undefined) throw new Error(`${type} failed: ${JSON.stringify(answer.err)}`);
    }
    return answers;
  }, messages);
}
