import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { ListBar } from '@/components/page/list-bar';
import { PaperRow } from '@/components/page/paper-row';
import { SummaryPanel } from '@/components/page/summary-panel';
import { sendMessage } from '@/lib/messaging';
import { createAbstractRequests, type AbstractRequests } from '@/lib/page-view/abstract-requests';
import { paperActions } from './actions';
import { createEntryOrder } from '@/lib/page-view/entry-order';
import { showRow } from './hosts';
import { applyFilters, barCounts } from '@/lib/page-view/filter-entries';
import type { HostedSlot, HostSlot, PageState } from '@/lib/page-view/page-state';
import { applyRowMarks } from '@/lib/page-view/row-marks';
import { triagePosition } from '@/lib/triage/triage';
import type { TriageMode } from './triage-mode';
import { useShownSummaries } from './use-shown-summaries';

interface LensAppProps {
  state: PageState;
  triage: TriageMode;
  /** Called after each commit with the number of hosts rendered, so a pass knows when it is done. */
  onCommit(rendered: number): void;
}

/**
 * One React tree for the whole page, rendering into the hosts' shadow roots through portals: only
 * into those revealed, as each portal costs React a full set of event listeners.
 */
export function LensApp({ state, triage, onCommit }: LensAppProps) {
  const slots = useSyncExternalStore(state.subscribe, state.renderedSlots);
  const [requests] = useState(() => createAbstractRequests(state));
  useEffect(() => () => requests.stop(), [requests]);
  useLayoutEffect(() => onCommit(slots.length), [slots, onCommit]);
  // Each portal keyed by a fragment: Preact's createPortal takes no key, and unkeyed, a row revealed
  // above others remounted every row after it (losing a tag field's text) instead of adding one.
  return (
    <>
      {slots.map((slot) => (
        <Fragment key={slot.key}>{createPortal(<Slot slot={slot} state={state} triage={triage} requests={requests} />, slot.container)}</Fragment>
      ))}
    </>
  );
}

interface SlotProps {
  slot: HostedSlot;
  state: PageState;
  triage: TriageMode;
  requests: AbstractRequests;
}

const Slot = memo(function Slot({ slot, state, triage, requests }: SlotProps) {
  if (slot.role === 'bar') return <ConnectedBar state={state} triage={triage} />;
  if (slot.role === 'panel') return <ConnectedPanel slot={slot} state={state} requests={requests} />;
  return <ConnectedRow slot={slot} state={state} requests={requests} />;
});

function usePaper(slot: HostSlot, state: PageState, requests: AbstractRequests) {
  const info = useSyncExternalStore(state.subscribe, () => state.info(slot.id));
  const shown = useShownSummaries(slot, info, state, requests);
  const suggestions = useSyncExternalStore(state.subscribe, state.suggestions);
  const prefs = useSyncExternalStore(state.subscribe, state.preferences);
  const actions = useMemo(() => paperActions(state, slot), [state, slot]);
  const error = useSyncExternalStore(state.subscribe, () => state.actionError(slot.id));
  return { info, shown, suggestions, prefs, actions, error };
}

/**
 * The opt-in sources are offered on the first paper page the background says to, until the user
 * answers. A page's first answer says so; a page reached without loading (Hugging Face's app
 * navigates) asks here.
 */
function useSourcesOffer(state: PageState) {
  const open = useSyncExternalStore(state.subscribe, state.sourcesOffer);
  useEffect(() => {
    if (state.sourcesOffer() === undefined) void sendMessage('sourcesOffer', undefined).then(state.setSourcesOffer, () => undefined);
  }, [state]);
  if (!open) return undefined;
  const answer = (accept: boolean) => {
    state.setSourcesOffer(false);
    void sendMessage('answerSourcesOffer', accept).catch((error: unknown) => console.warn('arXiv Lens:', error));
  };
  return { onAccept: () => answer(true), onDismiss: () => answer(false) };
}

function ConnectedPanel({ slot, state, requests }: Omit<SlotProps, 'triage'>) {
  const { info, shown, suggestions, prefs, actions, error } = usePaper(slot, state, requests);
  const offer = useSourcesOffer(state);
  const setCollapsed = (collapsed: boolean) => {
    state.setPreferences({ ...state.preferences(), panelCollapsed: collapsed });
    void sendMessage('setPanelCollapsed', collapsed).catch((error: unknown) => console.warn('arXiv Lens:', error));
  };
  return (
    <SummaryPanel
      id={slot.id}
      info={info}
      summaries={shown.summaries}
      suggestions={suggestions}
      collapsed={prefs.panelCollapsed}
      summaryLimit={prefs.summariesPerPaper}
      compact={slot.compact}
      actions={actions}
      onCollapsedChange={setCollapsed}
      offer={offer}
      error={error}
    />
  );
}

function ConnectedRow({ slot, state, requests }: Omit<SlotProps, 'triage'>) {
  const { info, shown, suggestions, prefs, actions, error } = usePaper(slot, state, requests);
  // Before the browser paints this commit, so the host comes into the page with its content.
  useLayoutEffect(() => {
    if (slot.host) showRow(slot.host);
  }, [slot]);
  const expanded = useSyncExternalStore(state.subscribe, () => state.isExpanded(slot.key));
  const tagging = useSyncExternalStore(state.subscribe, () => state.isTagging(slot.key));
  const onTaggingChange = useCallback((open: boolean) => state.setTagging(slot.key, open), [state, slot]);
  // Only the best matches show anything: a new score for any other paper renders nothing again.
  const forYou = useSyncExternalStore(state.subscribe, () => {
    const verdict = state.marks().forYou.get(slot.id);
    return verdict?.top ? verdict : undefined;
  });
  return (
    <PaperRow
      forYou={forYou}
      id={slot.id}
      info={info}
      summaries={shown.summaries}
      abstract={shown.abstract}
      suggestions={suggestions}
      expanded={expanded}
      summaryLimit={prefs.summariesPerPaper}
      actions={actions}
      onExpandedChange={(open) => state.setExpanded(slot.key, open)}
      tagging={tagging}
      onTaggingChange={onTaggingChange}
      error={error}
    />
  );
}

function ConnectedBar({ state, triage }: { state: PageState; triage: TriageMode }) {
  const slots = useSyncExternalStore(state.subscribe, state.slots);
  const info = useSyncExternalStore(state.subscribe, state.allInfo);
  const filters = useSyncExternalStore(state.subscribe, state.filters);
  const marks = useSyncExternalStore(state.subscribe, state.marks);
  const order = useSyncExternalStore(state.subscribe, state.order);
  const walk = useSyncExternalStore(state.subscribe, state.triage);
  const resume = useSyncExternalStore(state.subscribe, state.triageResume);
  const [entryOrder] = useState(createEntryOrder);
  const counts = useMemo(() => barCounts(slots, info, filters, marks), [slots, info, filters, marks]);
  useLayoutEffect(() => {
    applyFilters(slots, info, filters, marks);
    entryOrder.apply(slots, order, marks);
    triage.follow();
  }, [slots, info, filters, marks, order, entryOrder, triage]);
  useLayoutEffect(() => () => entryOrder.remove(state.slots(), state.marks()), [entryOrder, state]);
  const onTriage = useCallback((start: boolean) => (start ? triage.start() : triage.leave()), [triage]);
  const position = walk
    ? { active: true, ...triagePosition(walk) }
    : resume
      ? { active: false, position: resume.position, total: counts.shown }
      : undefined;
  return (
    <>
      <ListBar
        {...counts}
        filters={filters}
        order={order}
        triage={position}
        onChange={state.setFilters}
        onOrderChange={state.setOrder}
        onTriage={onTriage}
      />
      <RowMarks state={state} />
    </>
  );
}

/**
 * The list's marks, on every entry and inside each row's host, again as rows get their hosts: apart
 * from the bar, which need not render again each time the reader's scroll brings rows in.
 */
function RowMarks({ state }: { state: PageState }) {
  const slots = useSyncExternalStore(state.subscribe, state.slots);
  const rendered = useSyncExternalStore(state.subscribe, state.renderedSlots);
  const marks = useSyncExternalStore(state.subscribe, state.marks);
  const walk = useSyncExternalStore(state.subscribe, state.triage);
  useLayoutEffect(() => applyRowMarks(slots, marks, walk?.currentId ?? null), [slots, rendered, marks, walk]);
  return null;
}
