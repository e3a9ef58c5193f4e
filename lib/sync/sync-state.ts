import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** The user's opt-in: sync reads and writes nothing while this is off. */
export const syncEnabled = storage.defineItem<boolean>('local:syncEnabled', { fallback: false, version: 1 });

/**
 * This browser's last successful sync: the generation of the remote copy it synced with, when it
 * started, and which parts of which papers the copy held afterwards (bits of `partBits`). It lets
 * a merge tell "forgotten there" from "never shared" (see MergeRules).
 */
export const syncCursorSchema = z.object({ generation: z.string(), at: z.number(), parts: z.record(z.string(), z.number().int()) });
export type SyncCursor = z.infer<typeof syncCursorSchema>;

export const syncCursor = storage.defineItem<SyncCursor | null>('local:syncCursor', { fallback: null, version: 1 });
