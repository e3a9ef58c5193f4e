import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupLookupCache } from '@/entrypoints/background/answers/lookup-service';
import { setupMessages } from '@/entrypoints/background/answers/messages';
import { type ProtocolMap, sendMessage } from '@/lib/messaging';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { db } from '@/lib/db/db';
import { importBundledPack } from '@/lib/pack-store/subscriptions';
import { makePack, text } from '../../helpers/packs';

/** What Chrome tells the background about a message from one of this extension's content scripts. */
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2405.20519', tab: { id: 7 } });

type Answer = { res?: unknown; err?: { name: string; message: string } };

/**
 * Sends a request with @webext-core/messaging's own `sendMessage`, as a content script does, and
 * hands the message it built to the background's listeners the way Chrome does: with the sender
 * and a `sendResponse` callback.
 *
 * fakeBrowser cannot carry the message itself. @webext-core/messaging 4.0 calls the callback
 * form, `chrome.runtime.sendMessage(message, callback)`, and waits for the callback
 * (dist/index.mjs). @webext-core/fake-browser 1.5's `runtime.sendMessage` is promise-only and
 * reads a two-argument call whose second argument is not an object as `(extensionId, message)`:
 * it delivers the callback as the message, never calls it, and calls listeners with
 * `(message, {})`, so with no sender id and no `sendResponse`, the only way the library's listener
 * answers (it returns `true` and answers later). The library's promise therefore never settles
 * here, and fakeBrowser's `sendMessage` is made to only record what it was given.
 */
async function ask<K extends keyof ProtocolMap>(type: K, data: unknown, sender: object = contentScript()): Promise<Answer> {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  void sendMessage(type, data as never);
  await vi.waitFor(() => expect(send).toHaveBeenCalledOnce());
  const [message] = send.mock.calls[0]!;
  send.mockRestore();
  // Chrome's third argument, which fakeBrowser's types (webextension-polyfill's) leave out.
  const deliver = fakeBrowser.runtime.onMessage.trigger as (
    message: unknown,
    sender: object,
    sendResponse: (answer: Answer) => void,
  ) => Promise<unknown[]>;
  return new Promise((resolve, reject) => {
    void deliver(message, sender, resolve).then((kept) => {
      if (!kept.includes(true)) reject(new Error(`no listener answers "${type}"`));
    });
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the background’s messages, as registered by setupMessages()', () => {
  it('answer a lookup, land a save, and answer bad requests and strangers with an error, then keep answering', async () => {
    await importBundledPack(db, text(makePack()));
    // In the background's own order: the lookup cache learns of saves from the database's events.
    setupLookupCache();
    setupMessages();

    const lookup = await ask('lookup', { ids: ['2405.20519'], titles: {} });
    expect(lookup.err).toBeUndefined();
    expect((lookup.res as LookupResponse)['2405.20519']!.summaries).toEqual([
      { source: 'AI Timeline', date: '2024-06-09', text: 'Edits syntax trees with diffusion.' },
    ]);

    const save = await ask('save', { id: '2405.20519', title: 'Diffusion On Syntax Trees For Program Synthesis', version: 3 });
    expect(save.res).toMatchObject({ saved: { state: 'to-read' } });
    expect(await db.readingList.get('2405.20519')).toMatchObject({
      title: 'Diffusion On Syntax Trees For Program Synthesis',
      version: 3,
      state: 'to-read',
    });

    const malformed = await ask('save', { id: 'javascript:alert(1)' });
    expect(malformed.res).toBeUndefined();
    expect(malformed.err).toMatchObject({ name: 'Error', message: expect.stringMatching(/^Bad save request: id: /) });

    const stranger = await ask('save', { id: '2312.00752' }, { id: 'another-extension', url: 'https://arxiv.org/abs/2312.00752' });
    expect(stranger.err).toMatchObject({ message: 'arXiv Lens answers only its own pages' });
    expect(await db.readingList.toCollection().primaryKeys()).toEqual(['2405.20519']);

    const again = await ask('lookup', { ids: ['2405.20519'], titles: {} });
    expect(again.res).toMatchObject({ '2405.20519': { saved: { state: 'to-read' } } });
  });
});
