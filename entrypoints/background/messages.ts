import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage, type ProtocolMap } from '@/lib/messaging';
import {
  LookupRequestSchema,
  PaperRequestSchema,
  SaveRequestSchema,
  StateRequestSchema,
  TagRequestSchema,
} from '@/lib/messaging-schemas';
import { describeZodError } from '@/lib/pack/parse';
import { db } from '@/lib/store/db';
import { lookup } from '@/lib/store/lookup';
import { savePaper, setReadingState, unsavePaper } from '@/lib/store/reading-list';
import { ensureShardsFor } from '@/lib/store/shards';
import { addUserTag, removeUserTag, tagSuggestions } from '@/lib/store/user-tags';
import { notePageUrl } from '@/lib/extension-pages';
import { whenBundledPackReady } from './pack-sync';
import { syncEngine } from './sync';

type Request = Exclude<keyof ProtocolMap, 'userDataChanged'>;

/**
 * Registers one message handler: only the extension's own content scripts and pages may ask (web
 * pages and other extensions may not), and every request is checked against its schema before
 * anything runs. A bad request is answered with an error, never a crash.
 */
function handle<K extends Request>(
  type: K,
  schema: z.ZodType<GetDataType<ProtocolMap[K]>>,
  run: (data: GetDataType<ProtocolMap[K]>) => Promise<GetReturnType<ProtocolMap[K]>>,
): void {
  onMessage(type, async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) throw new Error('arXiv Lens answers only its own pages');
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error(`Bad ${type} request: ${describeZodError(parsed.error)}`);
    return run(parsed.data);
  });
}

async function paperInfo(id: string) {
  return (await lookup(db, { ids: [id], titles: {} }))[id]!;
}

export function setupMessages(): void {
  handle('lookup', LookupRequestSchema, async (request) => {
    await whenBundledPackReady();
    await ensureShardsFor(db, request.ids);
    return lookup(db, request);
  });
  handle('save', SaveRequestSchema, async ({ id, title }) => {
    await savePaper(db, id, title);
    return paperInfo(id);
  });
  handle('unsave', PaperRequestSchema, async ({ id }) => {
    await unsavePaper(db, id);
    return paperInfo(id);
  });
  handle('setState', StateRequestSchema, async ({ id, state }) => {
    await setReadingState(db, id, state);
    return paperInfo(id);
  });
  handle('addTag', TagRequestSchema, async ({ id, tag }) => {
    await addUserTag(db, id, tag);
    return paperInfo(id);
  });
  handle('removeTag', TagRequestSchema, async ({ id, tag }) => {
    await removeUserTag(db, id, tag);
    return paperInfo(id);
  });
  handle('tagSuggestions', z.undefined(), () => tagSuggestions(db));
  handle('syncNow', z.undefined(), () => syncEngine().syncNow());
  handle('openNote', PaperRequestSchema, async ({ id }) => {
    await browser.tabs.create({ url: notePageUrl(id) });
  });
}
