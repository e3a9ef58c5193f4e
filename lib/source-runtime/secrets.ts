import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { LensDB, SecretName } from '../db/db';

/** Where releases before schema version 7 kept each secret. */
const IN_STORAGE_LOCAL: Record<SecretName, StorageItemKey> = { s2ApiKey: 'local:s2ApiKey' };

const moved = new WeakMap<LensDB, Promise<void>>();

/**
 * Moves secrets an earlier release left in storage.local into the database and deletes them
 * there, once per context; a secret already in the database wins, as it was written later.
 */
export function moveSecretsOutOfStorageLocal(db: LensDB): Promise<void> {
  let done = moved.get(db);
  if (!done) {
    done = (async () => {
      for (const [name, key] of Object.entries(IN_STORAGE_LOCAL) as [SecretName, StorageItemKey][]) {
        const value = await storage.getItem<string>(key);
        if (value && !(await db.secrets.get(name))) await db.secrets.put({ name, value });
        await storage.removeItem(key, { removeMeta: true });
      }
    })().catch((error: unknown) => {
      // Tried again at the next read.
      moved.delete(db);
      throw error;
    });
    moved.set(db, done);
  }
  return done;
}

/** The secret, or '' when the user gave none. */
export async function readSecret(db: LensDB, name: SecretName): Promise<string> {
  await moveSecretsOutOfStorageLocal(db);
  return (await db.secrets.get(name))?.value ?? '';
}

/** Stores the secret; an empty one is deleted. */
export async function writeSecret(db: LensDB, name: SecretName, value: string): Promise<void> {
  await moveSecretsOutOfStorageLocal(db);
  if (value) await db.secrets.put({ name, value });
  else await db.secrets.delete(name);
}
