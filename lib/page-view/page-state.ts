import { NO_FILTERS, type ListFilters, type ListOrder } from '@/lib/page-view/list-filters';
import type { LookupResponse, PaperInfo } from '@/lib/paper/paper-info';
import type { HostRole, ListSection, PagePaper } from '@/lib/pages';
import type { Preferences } from '@/lib/preferences';
import type { TriageState } from '@/lib/triage/triage';

export interface HostSlot {
  /** One per host: a paper can stand twice in a list (new and cross-listed), each host is its own. */
  key: number;
  role: HostRole | 'bar';
  id: string;
  title?: string;
  /** The version the page shows, and what it shows of the bibliography: sent along when the paper is saved. */
  version?: number;
  meta?: PagePaper['meta'];
  /**
   * Where React renders, inside the host's shadow root; a row's marks (`data-seen`,
   * `data-current`, `data-for-you`) are on it. A row has it only once its entry came near the
   * viewport: until then the paper is known, filtered and counted without a host.
   */
  container?: HTMLElement;
  /** The page's elements of a row's entry, which filters hide. */
  entry?: Element[];
  /** What tells when a row nears the viewport: its entry's first element, or its anchor. */
  watched?: Element;
  /** A panel set smaller, where its page's detector asks for one. */
  compact?: boolean;
  /** The host element itself, once it has one. */
  host?: HTMLElement;
  section?: ListSection;
  abstract?: PagePaper['abstract'];
  abstractHidden?: boolean;
}

/** A slot whose host is on the page, which React may render into. */
export type HostedSlot = HostSlot & { container: HTMLElement };

/** How well a paper of a list matches the user's own: what the row shows beside it. */
export interface ForYou {
  score: number;
  /** The user's tag it resembles most, when one does. */
  tag?: string;
  /** The words that made it rank. */
  words: string[];
  /** Among the list's best matches: marked in its row. */
  top: boolean;
}

/** What is known of a list's papers for this visit: which were shown before, set aside, ranked. */
export interface ListMarks {
  seen: ReadonlySet<string>;
  dismissed: ReadonlySet<string>;
  forYou: ReadonlyMap<string, ForYou>;
}

export const NO_MARKS: ListMarks = { seen: new Set(), dismissed: new Set(), forYou: new Map() };

export const NOTHING_KNOWN: PaperInfo = { summaries: [], curatedTags: [], userTags: [], saved: null };

/** What is known of the page's papers, by id. A map: copying a 2,000-key object at each source's answer was most of taking it in. */
export type KnownInfo = ReadonlyMap<string, PaperInfo>;

/**
 * What the page's UI shows, in one place: the hosts, what is known of each paper, the filters and
 * preferences. React reads it with useSyncExternalStore, so one paper's change re-renders only
 * that paper's hosts and the bar.
 */
export function createPageState(prefs: Preferences) {
  let slots: HostSlot[] = [];
  let info: KnownInfo = new Map();
  let suggestions: string[] = [];
  let filters: ListFilters = NO_FILTERS;
  let preferences = prefs;
  let sourcesOffer: boolean | undefined;
  let marks = NO_MARKS;
  let order: ListOrder = 'page';
  let triage: TriageState | null = null;
  /** Where triage stopped on this list today, until the user starts it again. */
  let resume: { currentId: string; position: number } | undefined;
  /** Abstracts the background fetched for papers the page shows without theirs; null where arXiv had none. */
  let abstracts: Readonly<Record<string, string | null>> = {};
  let resolveFirstPass!: () => void;
  const firstPass = new Promise<void>((resolve) => (resolveFirstPass = resolve));
  /** Why the last action on a paper failed, by paper, until one succeeds. */
  let actionErrors: Readonly<Record<string, string>> = {};
  const expanded = new Set<number>();
  /** The row whose tag field is open, if any. */
  let tagging: number | null = null;
  const revealed = new Set<number>();
  let rendered: HostedSlot[] = [];
  const renderable = () => slots.filter((s): s is HostedSlot => revealed.has(s.key) && s.container !== undefined);
  const listeners = new Set<() => void>();
  let batching = false;
  let held = false;
  const emit = () => {
    if (batching) held = true;
    else listeners.forEach((listener) => listener());
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Makes the changes `change` makes one: the page's UI hears of them once, so a list of 2,000 is gone through once. */
    batch(change: () => void) {
      batching = true;
      try {
        change();
      } finally {
        batching = false;
        if (held) {
          held = false;
          emit();
        }
      }
    },
    slots: () => slots,
    setSlots(next: HostSlot[]) {
      slots = next;
      rendered = renderable();
      emit();
    },
    /** The hosts whose content is rendered: a row's only once its entry comes near the viewport. */
    renderedSlots: () => rendered,
    /** Rows already revealed are left as they are: nothing renders again for them. Each needs its host first. */
    reveal(keys: Iterable<number>) {
      const before = revealed.size;
      for (const key of keys) revealed.add(key);
      if (revealed.size === before) return;
      rendered = renderable();
      emit();
    },
    isRevealed: (key: number) => revealed.has(key),
    info: (id: string): PaperInfo => info.get(id) ?? NOTHING_KNOWN,
    allInfo: () => info,
    /** Replaces what is known; papers whose answer did not change keep their object, so they do not re-render. */
    setInfo(next: LookupResponse) {
      const merged = new Map<string, PaperInfo>();
      for (const id in next) {
        const before = info.get(id);
        const value = next[id]!;
        merged.set(id, before && sameInfo(before, value) ? before : value);
      }
      info = merged;
      emit();
    },
    /** Replaces what is known of these papers alone; nothing renders again when none of them changed. */
    updateInfo(next: LookupResponse) {
      let updated: Map<string, PaperInfo> | undefined;
      for (const id in next) {
        const value = next[id]!;
        if (sameInfo(info.get(id), value)) continue;
        updated ??= new Map(info);
        updated.set(id, value);
      }
      if (!updated) return;
      info = updated;
      emit();
    },
    updatePaper(id: string, value: PaperInfo) {
      info = new Map(info).set(id, value);
      emit();
    },
    /** A fetched abstract; undefined until asked and answered. */
    abstract: (id: string): string | null | undefined => abstracts[id],
    addAbstracts(next: Record<string, string | null>) {
      abstracts = { ...abstracts, ...next };
      emit();
    },
    /** Resolves once the page's first pass has drawn what it shows first (its rows near the reader). */
    firstPassDrawn: (): Promise<void> => firstPass,
    setFirstPassDrawn: () => resolveFirstPass(),
    actionError: (id: string): string | undefined => actionErrors[id],
    setActionError(id: string, message: string | undefined) {
      if (actionErrors[id] === message) return;
      const { [id]: _, ...others } = actionErrors;
      actionErrors = message === undefined ? others : { ...others, [id]: message };
      emit();
    },
    suggestions: () => suggestions,
    setSuggestions(next: string[]) {
      suggestions = next;
      emit();
    },
    filters: () => filters,
    setFilters(next: ListFilters) {
      filters = next;
      emit();
    },
    marks: () => marks,
    setMarks(next: Partial<ListMarks>) {
      marks = { ...marks, ...next };
      emit();
    },
    order: () => order,
    setOrder(next: ListOrder) {
      order = next;
      emit();
    },
    triage: () => triage,
    setTriage(next: TriageState | null) {
      triage = next;
      emit();
    },
    triageResume: () => resume,
    setTriageResume(next: { currentId: string; position: number } | undefined) {
      resume = next;
      emit();
    },
    /** Whether the panel offers the opt-in sources; undefined until the background said. */
    sourcesOffer: () => sourcesOffer,
    setSourcesOffer(next: boolean | undefined) {
      sourcesOffer = next;
      emit();
    },
    preferences: () => preferences,
    setPreferences(next: Preferences) {
      preferences = next;
      emit();
    },
    isExpanded: (key: number) => expanded.has(key),
    setExpanded(key: number, open: boolean) {
      if (open) expanded.add(key);
      else expanded.delete(key);
      emit();
    },
    isTagging: (key: number) => tagging === key,
    setTagging(key: number, open: boolean) {
      if (open) tagging = key;
      else if (tagging === key) tagging = null;
      emit();
    },
  };
}

export type PageState = ReturnType<typeof createPageState>;

function sameInfo(a: PaperInfo | undefined, b: PaperInfo): boolean {
  if (a === undefined) return false;
  // Most changes show in a count or a figure (a source's summary, a save): told apart without
  // writing both answers out, which for a source's 500 papers was thousands of summaries as JSON.
  const differ =
    a.summaries.length !== b.summaries.length ||
    a.curatedTags.length !== b.curatedTags.length ||
    a.userTags.length !== b.userTags.length ||
    a.saved?.state !== b.saved?.state ||
    a.saved?.addedAt !== b.saved?.addedAt ||
    a.upvotes !== b.upvotes ||
    a.citationCount !== b.citationCount;
  return !differ && JSON.stringify(a) === JSON.stringify(b);
}
