import type { Transaction } from 'dexie';

/** One step of the database's schema: the tables it adds or changes, and how it carries data over. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
