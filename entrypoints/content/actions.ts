import type { PaperActions } from '@/components/paper-actions';
import { sendMessage } from '@/lib/messaging';
import type { PaperInfo } from '@/lib/paper/paper-info';
import type { HostSlot, PageState } from '@/lib/page-view/page-state';

/**
 * Binds what a user does to a paper to the background's messages. Each answer carries the paper's
 * new state and updates this tab at once; other tabs follow through the change broadcast.
 */
export function paperActions(state: PageState, { id, title, version, meta }: Pick<HostSlot, 'id' | 'title' | 'version' | 'meta'>): PaperActions {
  // The answer comes from a lookup by id alone; summaries a pack gives by title stay as they are.
  const apply = (request: Promise<PaperInfo>) =>
    void request
      .then(({ saved, userTags }) => state.updatePaper(id, { ...state.info(id), saved, userTags }))
      .catch((error: unknown) => console.warn('arXiv Lens:', error));
  return {
    toggleSave: () => apply(state.info(id).saved ? sendMessage('unsave', { id }) : sendMessage('save', { id, title, version, meta: meta?.() })),
    addTag: (tag) => apply(sendMessage('addTag', { id, tag })),
    removeTag: (tag) => apply(sendMessage('removeTag', { id, tag })),
    hideSource: (source) => void sendMessage('hideSummarySource', { source }).catch((error: unknown) => console.warn('arXiv Lens:', error)),
    openNote: () => void sendMessage('openNote', { id }).catch((error: unknown) => console.warn('arXiv Lens:', error)),
    wantSuggestions: () => {
      if (state.suggestions().length > 0) return;
      void sendMessage('tagSuggestions', undefined)
        .then((tags) => state.setSuggestions(tags))
        .catch((error: unknown) => console.warn('arXiv Lens:', error));
    },
  };
}
