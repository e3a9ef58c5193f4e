import type { LookupResponse } from '@/lib/paper/paper-info';
import type { HostRole } from '@/lib/pages';
import { paperOfUrl } from './early-lookup';
import { createHost } from './hosts';
import type { HostSlot, PageState } from './page-state';
import type { MountedHost } from './paper-hosts';

export interface PreparedPanel {
  /**
   * The panel, when the page turned out to hold its paper in a panel. Asked once, by the first
   * pass: a panel that found no place (the layout is not one we know) is dropped unseen.
   */
  claim(paperId: string | undefined, role: HostRole | undefined): MountedHost | undefined;
}

/**
 * Before the page is parsed: a paper page's panel is rendered, with the early answer, into a host
 * not yet in the page, so the first pass only has to place it after the abstract.
 */
export function preparePanel(
  href: string,
  early: Promise<LookupResponse> | undefined,
  state: PageState,
  nextKey: () => number,
): PreparedPanel | undefined {
  const paper = paperOfUrl(href);
  if (!paper || paper.detector.role !== 'panel' || !early) return undefined;
  const host = createHost('panel', paper.id);
  const slot: HostSlot = { key: nextKey(), role: 'panel', id: paper.id, container: host.container, compact: paper.detector.compact };
  let claimed = false;
  void early.then((answer) => {
    if (claimed) return;
    state.setInfo(answer);
    state.reveal([slot.key]);
    state.setSlots([...state.slots(), slot]);
  });
  return {
    claim(paperId, role) {
      const wanted = !claimed && paperId === slot.id && role === slot.role;
      claimed = true;
      return wanted ? { slot, element: host.element, watched: host.element } : undefined;
    },
  };
}
