import { describe, expect, it } from 'vitest';
import { useExtension } from '../support/session';

const session = useExtension();

describe('the extension storage', () => {
  it('is kept from eviction by unlimitedStorage, and the options page says so', async () => {
    const options = await session.lens.openPage('options.html');
    await expect.poll(() => options.attr('[data-testid="storage-persisted"]', 'data-unlimited')).toBe('true');
    // Chrome honours the permission without reporting the storage persistent; so does Firefox for
    // an add-on loaded the way the tests load it.
    const persisted = await options.evaluate(() => navigator.storage.persisted());
    expect(await options.text('[data-testid="storage-persisted"]')).toMatch(persisted ? /^Persistent:/ : /^Kept:/);
    await options.close();
  });

  it('keeps the Semantic Scholar key out of storage.local, which content scripts can read', async () => {
    const options = await session.lens.openPage('options.html');
    await options.fill('[data-setting="s2-api-key"]', 'secret-test-key');
    await options.click('[data-setting="s2-api-key"] ~ button[type="submit"]');
    const stored = () =>
      options.evaluate(
        () =>
          new Promise<string | undefined>((resolve) => {
            const open = indexedDB.open('arxiv-lens');
            open.onsuccess = () => {
              const get = open.result.transaction('secrets').objectStore('secrets').get('s2ApiKey');
              get.onsuccess = () => resolve((get.result as { value?: string } | undefined)?.value);
            };
          }),
      );
    await expect.poll(stored).toBe('secret-test-key');
    const local = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return JSON.stringify(await api.storage.local.get());
    });
    expect(local).not.toContain('secret-test-key');
    await options.fill('[data-setting="s2-api-key"]', '');
    await options.click('[data-setting="s2-api-key"] ~ button[type="submit"]');
    await options.close();
  });
});
