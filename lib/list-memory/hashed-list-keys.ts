import { listKeyOf } from '../page-reading/list-key';
import type { InsertType, Table } from 'dexie';
import type { LensDB } from '../db/db';

/** The install key list keys are signed with (`installKeys`). */
const LIST_KEY_SECRET = 'listKeys';

/** What a hashed list key starts with; a list key in clear starts with its host, which holds no ":". */
const HASHED = 'h:';

const isHashed = (listKey: string) => listKey.startsWith(HASHED);

/** This install's list-key secret, made on first use: random, not extractable, kept in IndexedDB only. */
async function listKeySecret(db: LensDB): Promise<CryptoKey> {
  const held = await db.installKeys.get(LIST_KEY_SECRET);
  if (held) return held.key;
  const made = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Made outside the transaction (Web Crypto would let it commit); a key another context stored meanwhile wins.
  return db.transaction('rw', db.installKeys, async () => {
    const stored = await db.installKeys.get(LIST_KEY_SECRET);
    if (stored) return stored.key;
    await db.installKeys.add({ name: LIST_KEY_SECRET, key: made });
    return made;
  });
}

async function hmac(secret: CryptoKey, text: string): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(text)));
  return HASHED + [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Moves what earlier versions kept under a list key in clear (a search's query in it) to its
 * hashed key. A record already kept under the hashed key is newer and stays.
 */
async function hashStoredKeys<T extends { listKey: string }>(
  db: LensDB,
  table: Table<T, string, InsertType<T, 'listKey'>>,
  secret: CryptoKey,
): Promise<void> {
  const plain = (await table.toCollection().primaryKeys()).filter((key) => !isHashed(key));
  if (plain.length === 0) return;
  const hashed = await Promise.all(plain.map((key) => hmac(secret, key)));
  await db.transaction('rw', table, async () => {
    const [records, taken] = await Promise.all([table.bulkGet(plain), table.bulkGet(hashed)]);
    await table.bulkPut(records.flatMap((record, i) => (record && !taken[i] ? [{ ...record, listKey: hashed[i]! }] : [])));
    await table.bulkDelete(plain);
  });
}

export interface ListKeys {
  /** The key a list page's visits and triage are kept under: an HMAC of what the list is (`listKeyOf`). */
  keyOf(href: string): Promise<string>;
}

/**
 * List keys as stored: a search's key names its query, so it is kept as an HMAC under this
 * install's own secret; two searches stay two lists, and nothing read from the database tells what
 * was searched. The first key asked for waits for the secret and for older keys to be hashed.
 */
export function createListKeys(db: LensDB): ListKeys {
  let ready: Promise<CryptoKey> | undefined;
  const secret = () => {
    // A failure (the database unreadable for a moment) is tried again at the next key.
    ready ??= listKeySecret(db)
      .then(async (key) => {
        await hashStoredKeys(db, db.listingVisits, key);
        await hashStoredKeys(db, db.triageProgress, key);
        return key;
      })
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    return ready;
  };
  return {
    async keyOf(href) {
      return hmac(await secret(), listKeyOf(href));
    },
  };
}
