import type { PageKind } from '../pages/types';
import type { LensDB } from '../db/db';
import type { Fetcher } from '../net/fetch-document';
import type { SourceId } from './keys';

/** Why sources are asked to sync. */
export type SourceTrigger =
  /** Install, browser start-up, and the daily alarm. */
  | { kind: 'schedule' }
  /** A page of this kind showed these papers (the answer to its lookup is already on its way). */
  | { kind: 'page'; page: PageKind; ids: readonly string[] }
  /** The reading list changed (a save from a page, the popup, the context menu, an import, sync). */
  | { kind: 'saved' };

/** What a source needs from its surroundings: injected, so tests run it without network or clocks. */
export interface SourceContext {
  db: LensDB;
  fetch: Fetcher;
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /**
   * Runs a request no sooner than `intervalMs` after the previous request to the source's host
   * started (the host's documented rate limit, kept across triggers), and after the page requests
   * waiting for that host (`lib/net/host-pacer.ts`).
   */
  paced<T>(intervalMs: number, request: () => Promise<T>): Promise<T>;
  /** The user's Semantic Scholar API key, if they gave one. */
  s2ApiKey?: string;
}

/**
 * One place papers come from besides packs. Each is one file behind this interface and one line
 * in the registry: it says what it sends where, and turns its API's answers into pack papers
 * stored under its own key, so the rest of the extension treats them like any pack.
 */
export interface PaperSource {
  id: SourceId;
  label: string;
  /** Reveals nothing about the user (on by default), or does (opt-in). */
  defaultOn: boolean;
  /** What it sends and to whom, in the options page's words. */
  sends: string;
  /** The hosts it fetches from; an opt-in source asks for them when turned on. */
  origins: readonly string[];
  /** Does what the trigger calls for, if anything. Throws a SourceError when the source failed. */
  sync(ctx: SourceContext, trigger: SourceTrigger): Promise<void>;
}
