import type { SchemaVersion } from './schema-version';

/**
 * Version 4: papers seen on listings (by day, packed), each listing's visits, papers dismissed in
 * triage, and where triage stopped. New tables only: nothing to carry over.
 */
export const v4: SchemaVersion = {
  version: 4,
  stores: { seenDays: 'day', listingVisits: 'listKey', dismissed: 'id, updatedAt', triageProgress: 'listKey' },
};
