/** The schema's version steps: one file per step, each listed in `SCHEMA_VERSIONS`. */
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1-first-schema';
import { v2 } from './v2-tombstones';
import { v3 } from './v3-sources';
import { v4 } from './v4-list-memory';
import { v5 } from './v5-pack-chunks';
import { v6 } from './v6-abstracts';
import { v7 } from './v7-escaped-keys';

/** The database's schema versions, one file each, oldest first; `LensDB` declares every one of them. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7];
