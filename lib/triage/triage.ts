/**
 * Triage: walking a listing's visible entries one at a time from the keyboard. Pure: each step
 * answers the new state and what the page should do (effects); the page does it.
 */
export type TriageCommand = 'next' | 'previous' | 'save' | 'dismiss' | 'undo' | 'tag' | 'open' | 'unfold' | 'leave';

export type TriageEffect =
  | { type: 'scroll'; id: string }
  | { type: 'save' | 'dismiss' | 'undismiss' | 'tag' | 'open' | 'unfold'; id: string }
  /** `next` on the last entry or `previous` on the first: the walk stays, the page may say so. */
  | { type: 'edge'; edge: 'first' | 'last' }
  | { type: 'leave' };

export interface TriageState {
  /** The entries the page shows, in order, as its filters leave them; each once. */
  readonly entries: readonly string[];
  /** Dismissed during this walk, last on top: hidden from it, and what `undo` brings back. */
  readonly dismissed: readonly string[];
  /** Null only when no entry is visible. */
  readonly currentId: string | null;
  readonly active: boolean;
}

export interface TriageStep {
  state: TriageState;
  effects: TriageEffect[];
}

export interface TriagePosition {
  /** 1-based among the visible entries; 0 when none is. */
  position: number;
  total: number;
}

function visible(state: Pick<TriageState, 'entries' | 'dismissed'>): string[] {
  const hidden = new Set(state.dismissed);
  return state.entries.filter((id) => !hidden.has(id));
}

/** A page can list a paper twice (a listing and its cross-lists): the walk meets it once, where it first stands. */
const once = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Starts a walk at the resumed paper when it is still shown, else at the resumed position (the
 * paper was dismissed or filtered out since), else at the first entry.
 */
export function createTriage(entryIds: readonly string[], resume?: { currentId?: string; position?: number }): TriageState {
  const entries = once(entryIds);
  const byPosition = resume?.position ? entries[Math.min(resume.position, entries.length) - 1] : undefined;
  const currentId = resume?.currentId && entries.includes(resume.currentId) ? resume.currentId : (byPosition ?? entries[0] ?? null);
  return { entries, dismissed: [], currentId, active: true };
}

export function triagePosition(state: TriageState): TriagePosition {
  const shown = visible(state);
  return { position: state.currentId === null ? 0 : shown.indexOf(state.currentId) + 1, total: shown.length };
}

const ON_CURRENT = { save: 'save', tag: 'tag', open: 'open', unfold: 'unfold' } as const;

export function triageStep(state: TriageState, command: TriageCommand): TriageStep {
  const unchanged: TriageStep = { state, effects: [] };
  if (!state.active) return unchanged;
  if (command === 'leave') return { state: { ...state, active: false }, effects: [{ type: 'leave' }] };
  if (command === 'undo') return undo(state);
  const id = state.currentId;
  if (id === null) return unchanged;
  if (command === 'dismiss') return dismiss(state, id);
  if (command === 'next' || command === 'previous') {
    const shown = visible(state);
    const target = shown[shown.indexOf(id) + (command === 'next' ? 1 : -1)];
    if (target === undefined) return { state, effects: [{ type: 'edge', edge: command === 'next' ? 'last' : 'first' }] };
    return { state: { ...state, currentId: target }, effects: [{ type: 'scroll', id: target }] };
  }
  return { state, effects: [{ type: ON_CURRENT[command], id }] };
}

/** Hides the current entry and moves to the one after it, or before it when it was the last. */
function dismiss(state: TriageState, id: string): TriageStep {
  const shown = visible(state);
  const at = shown.indexOf(id);
  const currentId = shown[at + 1] ?? shown[at - 1] ?? null;
  const effects: TriageEffect[] = [{ type: 'dismiss', id }];
  if (currentId !== null) effects.push({ type: 'scroll', id: currentId });
  return { state: { ...state, dismissed: [...state.dismissed, id], currentId }, effects };
}

/** Brings back the last dismissed entry and goes to it, if the page still shows it. */
function undo(state: TriageState): TriageStep {
  const id = state.dismissed.at(-1);
  if (id === undefined) return { state, effects: [] };
  const dismissed = state.dismissed.slice(0, -1);
  if (!state.entries.includes(id)) return { state: { ...state, dismissed }, effects: [{ type: 'undismiss', id }] };
  return {
    state: { ...state, dismissed, currentId: id },
    effects: [
      { type: 'undismiss', id },
      { type: 'scroll', id },
    ],
  };
}

/**
 * The page's entries changed (a filter was applied): the walk keeps its entry when still shown,
 * else goes to the nearest one after it that is, else the nearest before, else the first.
 */
export function setTriageEntries(state: TriageState, entryIds: readonly string[]): TriageState {
  const next = { ...state, entries: once(entryIds) };
  const shown = new Set(visible(next));
  const { currentId } = state;
  if (currentId !== null && shown.has(currentId)) return next;
  const old = state.entries;
  const at = currentId === null ? -1 : old.indexOf(currentId);
  const after = at < 0 ? undefined : old.slice(at + 1).find((id) => shown.has(id));
  const before = at < 0 ? undefined : old.slice(0, at).findLast((id) => shown.has(id));
  return { ...next, currentId: after ?? before ?? [...shown][0] ?? null };
}
