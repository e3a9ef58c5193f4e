import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSecret, writeSecret } from '@/lib/source-runtime/secrets';
import { freshDb } from '../../helpers/packs';

describe('secrets', () => {
  it('keeps the Semantic Scholar key in the database, never in storage.local', async () => {
    const db = await freshDb();
    await writeSecret(db, 's2ApiKey', 'abc123');
    expect(await readSecret(db, 's2ApiKey')).toBe('abc123');
    expect(await db.secrets.get('s2ApiKey')).toEqual({ name: 's2ApiKey', value: 'abc123' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('moves a key an earlier release left in storage.local, and deletes it there', async () => {
    // As the previous release's versioned storage item wrote it.
    await fakeBrowser.storage.local.set({ s2ApiKey: 'old-key', s2ApiKey$: { v: 1 } });
    const db = await freshDb();
    expect(await readSecret(db, 's2ApiKey')).toBe('old-key');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await db.secrets.get('s2ApiKey')).toEqual({ name: 's2ApiKey', value: 'old-key' });
  });

  it('deletes the key when it is cleared', async () => {
    const db = await freshDb();
    await writeSecret(db, 's2ApiKey', 'abc123');
    await writeSecret(db, 's2ApiKey', '');
    expect(await readSecret(db, 's2ApiKey')).toBe('');
    expect(await db.secrets.count()).toBe(0);
  });
});
