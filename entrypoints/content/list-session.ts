import { sendMessage } from '@/lib/messaging';
import type { HostSlot, PageState } from './page-state';

/**
 * A list's papers were mounted: the background remembers them as seen and answers which were
 * seen before this visit, which the user set aside, and where triage stopped today.
 */
export async function openList(state: PageState, rows: HostSlot[]): Promise<void> {
  const ids = [...new Set(rows.filter((row) => row.role === 'row').map((row) => row.id))];
  if (ids.length === 0) return;
  try {
    const answer = await sendMessage('listOpened', { url: location.href, ids });
    state.setMarks({ seen: new Set(answer.seenBefore), dismissed: new Set(answer.dismissed) });
    if (answer.triage && !state.triageResume()) state.setTriageResume(answer.triage);
  } catch (error) {
    console.warn('arXiv Lens:', error);
  }
}
