import { describe, expect, it } from 'vitest';
import {
  createTriage,
  setTriageEntries,
  triagePosition,
  triageStep,
  type TriageCommand,
  type TriageEffect,
  type TriageState,
} from '@/lib/triage/triage';

const IDS = ['a', 'b', 'c', 'd', 'e'];

/** Runs commands in order: the state at the end and every effect on the way. */
function run(state: TriageState, ...commands: TriageCommand[]): { state: TriageState; effects: TriageEffect[] } {
  const effects: TriageEffect[] = [];
  for (const command of commands) {
    const step = triageStep(state, command);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe('a triage walk', () => {
  it('starts at the first entry and walks with next and previous, scrolling to each', () => {
    const { state, effects } = run(createTriage(IDS), 'next', 'next', 'previous');
    expect(state.currentId).toBe('b');
    expect(triagePosition(state)).toEqual({ position: 2, total: 5 });
    expect(effects).toEqual([
      { type: 'scroll', id: 'b' },
      { type: 'scroll', id: 'c' },
      { type: 'scroll', id: 'b' },
    ]);
  });

  it('stays at either end and says so', () => {
    expect(run(createTriage(IDS), 'previous')).toEqual({ state: createTriage(IDS), effects: [{ type: 'edge', edge: 'first' }] });
    const last = createTriage(IDS, { currentId: 'e' });
    expect(run(last, 'next')).toEqual({ state: last, effects: [{ type: 'edge', edge: 'last' }] });
  });

  it('asks the page to save, tag, open and unfold the current entry, staying on it', () => {
    const { state, effects } = run(createTriage(IDS), 'next', 'save', 'tag', 'open', 'unfold');
    expect(state.currentId).toBe('b');
    expect(effects.slice(1)).toEqual([
      { type: 'save', id: 'b' },
      { type: 'tag', id: 'b' },
      { type: 'open', id: 'b' },
      { type: 'unfold', id: 'b' },
    ]);
  });

  it('hides a dismissed entry, goes on to the next one, and skips it from then on', () => {
    const { state, effects } = run(createTriage(IDS), 'next', 'dismiss', 'previous', 'next');
    expect(effects).toEqual([
      { type: 'scroll', id: 'b' },
      { type: 'dismiss', id: 'b' },
      { type: 'scroll', id: 'c' },
      { type: 'scroll', id: 'a' },
      { type: 'scroll', id: 'c' },
    ]);
    expect(triagePosition(state)).toEqual({ position: 2, total: 4 });
  });

  it('dismissing the last entry goes back one; dismissing every entry leaves none current', () => {
    expect(run(createTriage(IDS, { currentId: 'e' }), 'dismiss').state.currentId).toBe('d');
    const { state, effects } = run(createTriage(['a', 'b']), 'dismiss', 'dismiss', 'next', 'save');
    expect(state.currentId).toBeNull();
    expect(triagePosition(state)).toEqual({ position: 0, total: 0 });
    expect(effects).toEqual([
      { type: 'dismiss', id: 'a' },
      { type: 'scroll', id: 'b' },
      { type: 'dismiss', id: 'b' },
    ]);
  });

  it('undo brings back dismissals, last first, going to each; with none left it does nothing', () => {
    const dismissed = run(createTriage(IDS), 'dismiss', 'next', 'dismiss').state;
    expect(triagePosition(dismissed)).toEqual({ position: 2, total: 3 });
    const { state, effects } = run(dismissed, 'undo', 'undo', 'undo');
    expect(effects).toEqual([
      { type: 'undismiss', id: 'c' },
      { type: 'scroll', id: 'c' },
      { type: 'undismiss', id: 'a' },
      { type: 'scroll', id: 'a' },
    ]);
    expect(triagePosition(state)).toEqual({ position: 1, total: 5 });
  });

  it('leaves on Escape, and does nothing more after', () => {
    const { state, effects } = run(createTriage(IDS), 'leave', 'next', 'dismiss', 'undo');
    expect(state.active).toBe(false);
    expect(effects).toEqual([{ type: 'leave' }]);
  });

  it('on an empty page, every command but leave does nothing', () => {
    const empty = createTriage([]);
    expect(triagePosition(empty)).toEqual({ position: 0, total: 0 });
    for (const command of ['next', 'previous', 'save', 'dismiss', 'undo', 'tag', 'open', 'unfold'] as const) {
      expect(triageStep(empty, command)).toEqual({ state: empty, effects: [] });
    }
  });

  it('meets a paper listed twice once, where it first stands', () => {
    const state = createTriage(['a', 'b', 'a', 'c']);
    expect(triagePosition(state)).toEqual({ position: 1, total: 3 });
    expect(run(state, 'next', 'next', 'next').effects.at(-1)).toEqual({ type: 'edge', edge: 'last' });
  });
});

describe('resuming a walk', () => {
  it('at the paper it stopped on', () => {
    expect(triagePosition(createTriage(IDS, { currentId: 'd', position: 2 }))).toEqual({ position: 4, total: 5 });
  });

  it('at the position it stopped at when that paper is no longer shown, or the last one when fewer are', () => {
    expect(createTriage(IDS, { currentId: 'gone', position: 2 }).currentId).toBe('b');
    expect(createTriage(IDS, { currentId: 'gone', position: 37 }).currentId).toBe('e');
  });

  it('at the first entry with nothing to resume from', () => {
    expect(createTriage(IDS, { currentId: 'gone' }).currentId).toBe('a');
    expect(createTriage([], { currentId: 'a', position: 3 }).currentId).toBeNull();
  });
});

describe('a walk whose entries change (a filter applied)', () => {
  it('keeps its entry when still shown, and its place among the new entries', () => {
    const state = setTriageEntries(createTriage(IDS, { currentId: 'c' }), ['a', 'c', 'e']);
    expect(triagePosition(state)).toEqual({ position: 2, total: 3 });
  });

  it('goes to the nearest entry after it that is shown, else the nearest before', () => {
    expect(setTriageEntries(createTriage(IDS, { currentId: 'b' }), ['a', 'd', 'e']).currentId).toBe('d');
    expect(setTriageEntries(createTriage(IDS, { currentId: 'd' }), ['a', 'b']).currentId).toBe('b');
  });

  it('goes to the first entry when none of the old ones is shown, and to none when nothing is', () => {
    expect(setTriageEntries(createTriage(IDS, { currentId: 'b' }), ['x', 'y']).currentId).toBe('x');
    expect(setTriageEntries(createTriage(IDS), []).currentId).toBeNull();
    expect(setTriageEntries(createTriage([]), ['x']).currentId).toBe('x');
  });

  it('keeps dismissed entries hidden, and an undo of one no longer shown only undismisses it', () => {
    const dismissed = run(createTriage(IDS), 'dismiss').state;
    const filtered = setTriageEntries(dismissed, ['a', 'c', 'd']);
    expect(triagePosition(filtered)).toEqual({ position: 1, total: 2 });
    const narrowed = setTriageEntries(dismissed, ['c', 'd']);
    expect(triageStep(narrowed, 'undo')).toEqual({ state: { ...narrowed, dismissed: [] }, effects: [{ type: 'undismiss', id: 'a' }] });
  });
});
