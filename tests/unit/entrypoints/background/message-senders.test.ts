import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageHandlers } from '@/entrypoints/background/answers/messages';
import type { BackgroundMessage } from '@/lib/messaging';
import { MESSAGE_SENDERS, type MessageSender, senderContext } from '@/lib/messaging-senders';
import { db } from '@/lib/db/db';

const extensionUrl = () => fakeBrowser.runtime.getURL('/');

/** What the browser tells the background of each kind of sender of this extension's messages. */
const senders = {
  'content script on arXiv': () => ({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/list/cs.LG/new', tab: { id: 3 } }),
  'content script on Hugging Face': () => ({ id: fakeBrowser.runtime.id, url: 'https://huggingface.co/papers/2405.20519', tab: { id: 4 } }),
  popup: () => ({ id: fakeBrowser.runtime.id, url: `${extensionUrl()}popup.html` }),
  'options page in a tab': () => ({
    id: fakeBrowser.runtime.id,
    url: `${extensionUrl()}options.html#paper=2405.20519`,
    tab: { id: 5, url: `${extensionUrl()}options.html#paper=2405.20519` },
  }),
} satisfies Record<string, () => MessageSender>;

const CONTEXT_OF: Record<keyof typeof senders, 'content-script' | 'extension-page'> = {
  'content script on arXiv': 'content-script',
  'content script on Hugging Face': 'content-script',
  popup: 'extension-page',
  'options page in a tab': 'extension-page',
};

type AnyHandler = (message: { data: unknown; sender: MessageSender }) => Promise<unknown>;
const handler = (type: BackgroundMessage) => messageHandlers[type] as AnyHandler;

/** No message's schema takes this, so a message its sender may send fails on its request, after the sender check. */
const NOT_A_REQUEST = { notARequest: true };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('who may send each message', () => {
  it('is declared for every message the background answers', () => {
    expect(Object.keys(MESSAGE_SENDERS).sort()).toEqual(Object.keys(messageHandlers).sort());
    for (const contexts of Object.values(MESSAGE_SENDERS)) expect(contexts.length).toBeGreaterThan(0);
  });

  const cases = (Object.keys(MESSAGE_SENDERS) as BackgroundMessage[]).flatMap((type) =>
    (Object.keys(senders) as (keyof typeof senders)[]).map((sender) => [type, sender, MESSAGE_SENDERS[type].includes(CONTEXT_OF[sender])] as const),
  );

  it.each(cases)('%s from the %s: answered %s', async (type, sender, allowed) => {
    const answer = handler(type)({ data: NOT_A_REQUEST, sender: senders[sender]() });
    if (allowed) await expect(answer).rejects.toThrow(`Bad ${type} request`);
    else await expect(answer).rejects.toThrow(new RegExp(`^arXiv Lens refused "${type}" from .*: only .* may send it$`));
  });

  it.each([
    ['syncNow', undefined],
    ['setNote', { id: '2405.20519', text: 'A note a page wrote' }],
    ['restoreSaved', { id: '2405.20519', addedAt: 1, state: 'to-read', updatedAt: 1 }],
    ['importUserData', '2405.20519'],
    ['clearListHistory', undefined],
  ] as const)('a content script is refused %s, which only the extension pages send, and nothing is written', async (type, data) => {
    await db.dismissed.put({ id: '2312.00752', dismissed: true, updatedAt: 1 });
    await expect(handler(type)({ data, sender: senders['content script on arXiv']() })).rejects.toThrow(
      `arXiv Lens refused "${type}" from arXiv Lens on an arXiv or Hugging Face page: only arXiv Lens's own pages may send it`,
    );
    expect(await db.readingList.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.dismissed.count()).toBe(1);
  });

  it("an extension page's writes to the reading list are answered like a page's", async () => {
    const from = senders.popup();
    await handler('save')({ data: { id: '2405.20519', title: 'Diffusion On Syntax Trees' }, sender: from });
    await handler('addTag')({ data: { id: '2405.20519', tag: 'diffusion' }, sender: from });
    await handler('setNote')({ data: { id: '2405.20519', text: 'Read section 3.' }, sender: senders['options page in a tab']() });
    expect(await db.readingList.get('2405.20519')).toMatchObject({ title: 'Diffusion On Syntax Trees' });
    expect((await db.userTags.get('2405.20519'))!.tags).toEqual(['diffusion']);
    expect((await db.notes.get('2405.20519'))!.text).toBe('Read section 3.');
  });

  it("an extension page is refused a page's own questions", async () => {
    const from = senders.popup();
    await expect(handler('openNote')({ data: { id: '2405.20519' }, sender: from })).rejects.toThrow(/refused "openNote" from arXiv Lens's own pages/);
    await expect(handler('dismiss')({ data: { id: '2405.20519' }, sender: from })).rejects.toThrow(/refused "dismiss"/);
    expect(await db.dismissed.count()).toBe(0);
  });
});

describe('the context of a sender', () => {
  it.each([
    ['a content script on www.arxiv.org', { url: 'https://www.arxiv.org/abs/2405.20519', tab: { id: 1 } }, 'content-script'],
    ['a content script whose frame URL is unknown', { tab: { id: 1, url: 'https://arxiv.org/abs/2405.20519' } }, 'content-script'],
    ['the popup', { url: 'chrome-extension://test-extension-id/popup.html' }, 'extension-page'],
    ['a note in a tab', { url: 'chrome-extension://test-extension-id/options.html', tab: { id: 2 } }, 'extension-page'],
    ['a page on a host the content script does not run on', { url: 'https://example.org/', tab: { id: 1 } }, undefined],
    ['a plain-http arXiv page', { url: 'http://arxiv.org/abs/2405.20519', tab: { id: 1 } }, undefined],
    ['an arXiv URL outside any tab', { url: 'https://arxiv.org/abs/2405.20519' }, undefined],
    ["another extension's page", { url: 'chrome-extension://another-extension/options.html' }, undefined],
    ['a sender without a URL', { tab: { id: 1 } }, undefined],
  ] as const)('%s', (_, sender, context) => {
    expect(senderContext(sender, 'chrome-extension://test-extension-id/')).toBe(context);
  });
});
