import { defineExtensionMessaging } from '@webext-core/messaging';
// Types only: the content script imports this file and must not bundle Zod.
import type { ImportSummary } from './exchange/import';
import type { LookupResponse, PaperInfo } from './paper/paper-info';
import type {
  AbstractsRequest,
  HideSourceRequest,
  ListOpenedRequest,
  LookupRequest,
  NoteRequest,
  PaperRequest,
  PrefetchShardsRequest,
  RankListRequest,
  RestoreSavedRequest,
  SaveRequest,
  StateRequest,
  TagRequest,
  TriageProgressRequest,
} from './messaging-schemas';
import type { Preferences } from './preferences';
import type { SyncResult } from './sync/engine';

/**
 * The whole protocol between the background and the other contexts, one typed entry per message.
 * The background is the one writer of the database for content scripts and extension pages alike:
 * a write is a message, so the background, awake or woken by it, tells every tab once
 * (`papersChanged`). A page's write answers with the paper's new state, so the tab that acted
 * updates at once; the extension pages read the database themselves and follow its changes.
 */
/** What a page is told as it starts loading. */
export interface PageOpened {
  preferences: Preferences;
  /** The paper the URL names (`paperOfUrl`), for a paper page. */
  lookup?: LookupResponse;
  /** For a paper page: whether its panel offers the opt-in sources (`sourcesOffer`). */
  sourcesOffer?: boolean;
}

/** What a list page is told once its papers are known. */
export interface ListOpened {
  /** Papers on it shown before this visit of the list began (on any list). */
  seenBefore: string[];
  /** Papers on it the user marked "not interested". */
  dismissed: string[];
  /** Where triage stopped on this list today. */
  triage?: { currentId: string; position: number };
}

/** A list's papers as ranked for the user; `ranked` is false until three papers are saved or tagged. */
export interface RankedList {
  ranked: boolean;
  /** Only the papers a model could judge. */
  results: { id: string; score: number; tag?: string; words: string[]; top: boolean }[];
  /** The list was named without its papers, and the background no longer holds them: send them. */
  papersWanted?: boolean;
}

/**
 * A paper's abstract as arXiv's API gives it (whitespace folded), with the version it is of;
 * null when arXiv does not know the id.
 */
export type AbstractAnswer = { text: string; version?: number } | null;

export interface ProtocolMap {
  /**
   * A page starts loading (its URL): its settings and, on a paper page, its paper, in one message
   * sent before the page is parsed, so that both are known by the time the page is.
   */
  pageOpened(url: string): PageOpened;
  lookup(request: LookupRequest): LookupResponse;
  /**
   * A list page being parsed names a paper of each month its entries reached, so the shards a
   * subscribed sharded feed holds for them are on their way before its lookup. Answered at once:
   * whether such a feed is subscribed (without one, the page need not name more).
   */
  prefetchShards(request: PrefetchShardsRequest): boolean;
  /**
   * The abstracts of a title-only list's rows the reader reached (at most 200 ids): what the
   * background holds at once, the rest from arXiv's API, those asked last first. It resolves when
   * every id is answered; an id is left out of the answer when it could not be had (arXiv did not
   * answer, or the `arxiv` source is off and nothing is held for it): ask again later.
   */
  abstracts(request: AbstractsRequest): Record<string, AbstractAnswer>;
  /** A list page was annotated: its papers are remembered as seen, and it learns which were seen before. */
  listOpened(request: ListOpenedRequest): ListOpened;
  /** "Not interested" (triage's `x`), and its undo. */
  dismiss(request: PaperRequest): void;
  undismiss(request: PaperRequest): void;
  saveTriageProgress(request: TriageProgressRequest): void;
  /** Ranks a list's papers by how much they resemble the user's saved and tagged ones. */
  rankList(request: RankListRequest): RankedList;
  save(request: SaveRequest): PaperInfo;
  unsave(request: PaperRequest): PaperInfo;
  setState(request: StateRequest): PaperInfo;
  addTag(request: TagRequest): PaperInfo;
  removeTag(request: TagRequest): PaperInfo;
  /** The tags in use that fit what the user typed (a few; none for no text). */
  tagSuggestions(request: { text: string }): string[];
  /** The settings a page's UI follows; content scripts get them here, not from storage. */
  getPreferences(): Preferences;
  /** Folding a panel on a page is remembered as the default for the next ones. */
  setPanelCollapsed(collapsed: boolean): void;
  /** Hides one source's summaries everywhere (the × beside a summary). */
  hideSummarySource(request: HideSourceRequest): void;
  /** Whether the first paper page should offer the opt-in sources. */
  sourcesOffer(): boolean;
  /** The user answered that offer: "Turn on…" opens the options page at its sources, "Not now" is remembered. */
  answerSourcesOffer(accept: boolean): void;
  /** Opens the extension's page for the paper's note. */
  openNote(request: PaperRequest): void;
  /** A paper's note, from the popup or the options page. */
  setNote(request: NoteRequest): void;
  /** The popup's undo of a removal: the entry as it was. */
  restoreSaved(request: RestoreSavedRequest): void;
  /** The options page's import: the file's text, parsed and merged by the background. */
  importUserData(text: string): ImportSummary;
  /** The options page's "Clear list history". */
  clearListHistory(): void;
  /** The options page's "Sync now": the background owns the one sync engine. */
  syncNow(): SyncResult;
  /**
   * Background to content scripts: what the extension knows of papers changed somewhere (the user's
   * data, a pack, a source's answer); look up again, only `papers` when they are named. `ranking` when the saved, tagged or set-aside papers changed: lists are
   * ranked again too.
   */
  papersChanged(change: { ranking: boolean; papers?: string[] }): void;
  /** Background to content scripts: a setting changed (in the options page or another tab). */
  preferencesChanged(prefs: Preferences): void;
}

/** The messages the background answers; the other two it sends to tabs. */
export type BackgroundMessage = Exclude<keyof ProtocolMap, 'papersChanged' | 'preferencesChanged'>;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
