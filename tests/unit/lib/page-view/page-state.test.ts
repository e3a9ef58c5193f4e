// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createPageState, NOTHING_KNOWN, type HostSlot } from '@/lib/page-view/page-state';
import { NO_FILTERS } from '@/lib/page-view/list-filters';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';
import { paperInfo, summarized } from '../../entrypoints/content/page';

const slot = (key: number, id = `2406.0000${key}`): HostSlot => ({ key, role: 'row', id, container: document.createElement('span') });

describe('page state', () => {
  it('a new answer keeps the objects of papers whose answer did not change, so they do not re-render', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setInfo({ a: summarized(), b: paperInfo() });
    const [a, b] = [state.info('a'), state.info('b')];
    state.setInfo({ a: summarized(), b: paperInfo({ userTags: ['to read'] }), c: paperInfo() });
    expect(state.info('a')).toBe(a);
    expect(state.info('b')).not.toBe(b);
    expect(state.info('b').userTags).toEqual(['to read']);
    expect(state.info('c')).toEqual(paperInfo());
  });

  it('a paper the answer does not name is known to have nothing', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setInfo({ a: summarized() });
    state.setInfo({});
    expect(state.info('a')).toBe(NOTHING_KNOWN);
  });

  it('an answer about some papers changes those alone, and tells no one when nothing in it changed', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setInfo({ a: summarized(), b: paperInfo() });
    const a = state.info('a');
    const heard = vi.fn();
    state.subscribe(heard);
    state.updateInfo({ b: paperInfo() });
    expect(heard).not.toHaveBeenCalled();
    const before = state.allInfo();
    state.updateInfo({ b: paperInfo({ userTags: ['to read'] }) });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(state.info('a')).toBe(a);
    expect(state.info('b').userTags).toEqual(['to read']);
    // The bar counts again from a new whole: what it counted before stays as it was.
    expect(state.allInfo()).not.toBe(before);
    expect(before.get('b')).toEqual(paperInfo());
  });

  it('changes made in one batch are heard of once, and a batch that changes nothing is not heard of', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setInfo({ a: summarized() });
    const heard = vi.fn();
    state.subscribe(heard);
    state.batch(() => {
      state.updateInfo({ a: paperInfo({ userTags: ['later'] }) });
      state.setMarks({ forYou: new Map([['a', { score: 0.9, top: true, words: ['mamba'] }]]) });
    });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(state.info('a').userTags).toEqual(['later']);
    expect(state.marks().forYou.get('a')?.top).toBe(true);
    state.batch(() => state.updateInfo({ a: paperInfo({ userTags: ['later'] }) }));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('renders only the hosts revealed, whichever comes first, revealing or publishing', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.reveal([1]);
    expect(state.renderedSlots()).toEqual([]);
    const slots = [slot(0), slot(1), slot(2)];
    state.setSlots(slots);
    expect(state.renderedSlots()).toEqual([slots[1]]);
    state.reveal([2, 0]);
    expect(state.renderedSlots()).toEqual(slots);
    state.setSlots([slots[2]!]);
    expect(state.renderedSlots()).toEqual([slots[2]]);
    expect(state.slots()).toEqual([slots[2]]);
  });

  it('renderedSlots is the same array until something changes, as useSyncExternalStore needs', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setSlots([slot(0)]);
    state.reveal([0]);
    expect(state.renderedSlots()).toBe(state.renderedSlots());
  });

  it('filters start empty, change on request and tell subscribers', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    const listener = vi.fn();
    state.subscribe(listener);
    expect(state.filters()).toEqual(NO_FILTERS);
    state.setFilters({ ...NO_FILTERS, tag: 'rl' });
    expect(state.filters().tag).toBe('rl');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('an unsubscribed listener hears nothing more', () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    const listener = vi.fn();
    const stop = state.subscribe(listener);
    state.setExpanded(3, true);
    stop();
    state.setExpanded(3, false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(state.isExpanded(3)).toBe(false);
  });

  it("one paper's update leaves the others' objects alone", () => {
    const state = createPageState(DEFAULT_PREFERENCES);
    state.setInfo({ a: paperInfo(), b: paperInfo() });
    const b = state.info('b');
    state.updatePaper('a', paperInfo({ saved: { state: 'to-read', addedAt: 1 } }));
    expect(state.info('a').saved?.state).toBe('to-read');
    expect(state.info('b')).toBe(b);
  });
});
