import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageHandlers } from '@/entrypoints/background/answers/messages';
import { WRITE_STORAGE_FULL } from '@/entrypoints/background/answers/write-errors';
import { db } from '@/lib/db/db';

const page = () => ({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2405.20519', tab: { id: 7 } });
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

describe('a write the disk has no room for', () => {
  it('answers a save with what the page shows: storage full, nothing written', async () => {
    vi.spyOn(db.readingList, 'add').mockRejectedValue(quotaExceeded());
    await expect(messageHandlers.save({ data: { id: '2405.20519' }, sender: page() })).rejects.toThrow(WRITE_STORAGE_FULL);
    expect(await db.readingList.count()).toBe(0);
  });

  it('answers a tag the same way, and any other failure with its own message', async () => {
    const put = vi.spyOn(db.userTags, 'put').mockRejectedValue(quotaExceeded());
    await expect(messageHandlers.addTag({ data: { id: '2405.20519', tag: 'diffusion' }, sender: page() })).rejects.toThrow(WRITE_STORAGE_FULL);
    put.mockRejectedValue(new Error('The database connection is closing.'));
    await expect(messageHandlers.addTag({ data: { id: '2405.20519', tag: 'diffusion' }, sender: page() })).rejects.toThrow(
      'The database connection is closing.',
    );
  });
});
