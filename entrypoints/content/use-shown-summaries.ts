import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Summary } from '@/lib/pack/schema';
import { shownSummaries } from '@/lib/paper/best-summary';
import type { PaperInfo } from '@/lib/paper/paper-info';
import type { AbstractRequests } from '@/lib/page-view/abstract-requests';
import type { HostSlot, PageState } from '@/lib/page-view/page-state';

/**
 * What a drawn row or panel shows of its paper: its summaries, best first, or the key sentence of
 * its abstract when it has none. The abstract is the page's when the page has it; otherwise it is
 * asked of the background. One the page does not show is offered to unfold. Only drawn hosts get here, so a listing's
 * 2,000 abstracts are never all read at once.
 */
export function useShownSummaries(
  slot: HostSlot,
  info: PaperInfo,
  state: PageState,
  requests: AbstractRequests,
): { summaries: Summary[]; abstract?: string } {
  const bare = info.summaries.length === 0;
  const pageAbstract = useMemo(() => (bare ? slot.abstract?.() : undefined), [bare, slot]);
  const fetching = bare && pageAbstract === undefined;
  const fetched = useSyncExternalStore(state.subscribe, () => (fetching ? state.abstract(slot.id) : undefined)) ?? undefined;
  useEffect(() => (fetching ? requests.want(slot.id) : undefined), [fetching, requests, slot.id]);
  const summaries = useMemo(
    () => shownSummaries(info.summaries, () => pageAbstract ?? fetched, slot.title),
    [info.summaries, pageAbstract, fetched, slot.title],
  );
  const unseen = fetched ?? (slot.abstractHidden ? pageAbstract : undefined);
  return { summaries, ...(unseen ? { abstract: unseen } : {}) };
}
