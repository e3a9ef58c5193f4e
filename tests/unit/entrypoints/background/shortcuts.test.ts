import { beforeEach, describe, expect, it } from 'vitest';
import { saveTabPaper } from '@/entrypoints/background/browser-ui/commands';
import { SAVE_LINK_MENU, saveLinkedPaper } from '@/entrypoints/background/browser-ui/context-menu';
import { db } from '@/lib/db/db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the save shortcut', () => {
  it.each([
    [
      'https://arxiv.org/abs/2405.20519v2',
      '[2405.20519] Diffusion On Syntax Trees For Program Synthesis',
      'Diffusion On Syntax Trees For Program Synthesis',
    ],
    ['https://arxiv.org/pdf/2405.20519', '2405.20519v2.pdf', undefined],
    ['https://arxiv.org/html/2405.20519v2#S3', 'Diffusion On Syntax Trees For Program Synthesis', undefined],
    [
      'https://huggingface.co/papers/2405.20519',
      'Paper page - Diffusion On Syntax Trees For Program Synthesis',
      'Diffusion On Syntax Trees For Program Synthesis',
    ],
  ])('saves the paper of %s', async (url, title, saved) => {
    await saveTabPaper({ url, title });
    const entry = await db.readingList.get('2405.20519');
    expect(entry).toMatchObject({ state: 'to-read' });
    expect(entry?.title).toBe(saved);
  });

  it.each([undefined, { url: 'https://arxiv.org/list/cs.LG/new', title: 'cs.LG' }, { url: 'https://example.org/2405.20519' }])(
    'does nothing on %j',
    async (tab) => {
      await saveTabPaper(tab);
      expect(await db.readingList.count()).toBe(0);
    },
  );
});

describe('the context menu', () => {
  it.each(['https://doi.org/10.48550/arXiv.2312.00752', 'https://www.alphaxiv.org/abs/2312.00752v2', 'https://arxiv.org/pdf/2312.00752'])(
    'saves the paper %s names',
    async (linkUrl) => {
      await saveLinkedPaper({ menuItemId: SAVE_LINK_MENU, linkUrl });
      expect(await db.readingList.get('2312.00752')).toMatchObject({ state: 'to-read' });
    },
  );

  it('ignores a link that names no paper, and other menus', async () => {
    await saveLinkedPaper({ menuItemId: SAVE_LINK_MENU, linkUrl: 'https://arxiv.org/list/cs.LG/new' });
    await saveLinkedPaper({ menuItemId: 'another', linkUrl: 'https://arxiv.org/abs/2312.00752' });
    expect(await db.readingList.count()).toBe(0);
  });
});
