import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging';
import { LookupRequestSchema } from '@/lib/messaging-schemas';
import { describeZodError } from '@/lib/pack/parse';
import { db } from '@/lib/store/db';
import { lookup } from '@/lib/store/lookup';
import { ensureShardsFor } from '@/lib/store/shards';
import { whenBundledPackReady } from './pack-sync';

/** Only the extension's own content scripts and pages may ask; web pages and other extensions may not. */
function assertOwnSender(sender: { id?: string }): void {
  if (sender.id !== browser.runtime.id) throw new Error('arXiv Lens answers only its own pages');
}

export function setupMessages(): void {
  onMessage('lookup', async ({ data, sender }) => {
    assertOwnSender(sender);
    const parsed = LookupRequestSchema.safeParse(data);
    if (!parsed.success) throw new Error(`Bad lookup request: ${describeZodError(parsed.error)}`);
    await whenBundledPackReady();
    await ensureShardsFor(db, parsed.data.ids);
    return lookup(db, parsed.data);
  });
}
