import { sendMessage } from '@/lib/messaging';
import { keyToCommand } from '@/lib/triage/keys';
import { createTriage, setTriageEntries, triagePosition, triageStep, type TriageCommand, type TriageEffect } from '@/lib/triage/triage';
import { paperActions } from './actions';
import { shadowOf } from './hosts';
import { displayOrder } from '@/lib/page-view/entry-order';
import { shownRows } from '@/lib/page-view/filter-entries';
import type { HostSlot, PageState } from '@/lib/page-view/page-state';

/** Starts triage from anywhere on a list page (outside fields): Shift+T. */
const START_KEY = 'T';

const warn = (error: unknown) => console.warn('arXiv Lens:', error);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The rows triage walks: those in view, in the order they are shown. Papers set aside during this
 * walk stay among them, hidden, for `u` to bring back where they stood.
 */
export function triageRows(state: PageState, setAsideNow: readonly string[] = []): HostSlot[] {
  const marks = state.marks();
  const dismissed = new Set([...marks.dismissed].filter((id) => !setAsideNow.includes(id)));
  const shown = new Set(shownRows(state.slots(), state.allInfo(), state.filters(), { ...marks, dismissed }));
  return displayOrder(state.slots(), state.order(), marks).filter((slot) => shown.has(slot));
}

/**
 * Triage on a list page: the keys (only while it runs, never in a field), and what each step
 * does to the page. Progress is saved at each step, so a reload the same day resumes there.
 * `reveal` gives a row its host and renders it: the row triage stands on is drawn wherever it is.
 */
export function createTriageMode(state: PageState, reveal: (keys: number[]) => void) {
  const rowOf = (id: string) => state.slots().find((slot) => slot.role === 'row' && slot.id === id);

  function saveProgress(): void {
    const walk = state.triage();
    if (!walk?.currentId) return;
    const { position } = triagePosition(walk);
    state.setTriageResume({ currentId: walk.currentId, position });
    void sendMessage('saveTriageProgress', { url: location.href, currentId: walk.currentId, position }).catch(warn);
  }

  function perform(effect: TriageEffect): void {
    if (effect.type === 'leave' || effect.type === 'edge') return;
    const row = rowOf(effect.id);
    if (!row) return;
    switch (effect.type) {
      case 'scroll':
        reveal([row.key]);
        row.entry?.[0]?.scrollIntoView({ block: 'center' });
        break;
      case 'save':
        if (!state.info(row.id).saved) paperActions(state, row).toggleSave();
        break;
      case 'dismiss':
      case 'undismiss': {
        const dismissed = new Set(state.marks().dismissed);
        if (effect.type === 'dismiss') dismissed.add(row.id);
        else dismissed.delete(row.id);
        state.setMarks({ dismissed });
        void sendMessage(effect.type, { id: row.id }).catch(warn);
        break;
      }
      case 'unfold':
        reveal([row.key]);
        state.setExpanded(row.key, !state.isExpanded(row.key));
        break;
      case 'tag':
        reveal([row.key]);
        // The row's tag field opens focused; its keys are the user's, not triage's.
        state.setTagging(row.key, true);
        break;
      case 'open':
        window.open(`https://arxiv.org/abs/${row.id}`, '_blank', 'noopener');
        break;
    }
  }

  function run(command: TriageCommand): void {
    const walk = state.triage();
    if (!walk) return;
    const step = triageStep(walk, command);
    state.setTriage(step.state.active ? step.state : null);
    step.effects.forEach(perform);
    saveProgress();
  }

  function start(): void {
    // Started from the bar's button, the focus is in the bar, whose keys never reach the page.
    let focused = document.activeElement;
    while (focused && shadowOf(focused)?.activeElement) focused = shadowOf(focused)!.activeElement;
    if (focused instanceof HTMLElement) focused.blur();
    const ids = triageRows(state).map((row) => row.id);
    const walk = createTriage(ids, state.triageResume());
    state.setTriage(walk);
    if (walk.currentId) perform({ type: 'scroll', id: walk.currentId });
    saveProgress();
  }

  function onKeyDown(event: KeyboardEvent): void {
    // A page's script can dispatch keys too; only the user's own drive triage.
    if (!event.isTrusted) return;
    const editable = isEditable(event.target);
    if (!state.triage()) {
      if (event.key === START_KEY && !editable && !event.ctrlKey && !event.metaKey && !event.altKey && state.slots().some((s) => s.role === 'bar')) {
        event.preventDefault();
        start();
      }
      return;
    }
    const command = keyToCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      targetIsEditable: editable,
    });
    if (!command) return;
    event.preventDefault();
    run(command);
  }

  return {
    start,
    leave: () => run('leave'),
    /** The rows in view changed (a filter, a sort): the walk keeps its paper, or the nearest still shown. */
    follow(): void {
      const walk = state.triage();
      if (walk)
        state.setTriage(
          setTriageEntries(
            walk,
            triageRows(state, walk.dismissed).map((row) => row.id),
          ),
        );
    },
    listen(target: Document): () => void {
      target.addEventListener('keydown', onKeyDown);
      return () => target.removeEventListener('keydown', onKeyDown);
    },
  };
}

export type TriageMode = ReturnType<typeof createTriageMode>;
