import type { PaperActions } from '@/components/page/paper-actions';
import { sendMessage } from '@/lib/messaging';
import type { PaperInfo } from '@/lib/paper/paper-info';
import type { HostSlot, PageState } from '@/lib/page-view/page-state';

/** What the page says when an action failed, before the background's reason. */
const FAILED = {
  save: 'Could not save',
  unsave: 'Could not remove from the reading list',
  addTag: 'Could not add the tag',
  removeTag: 'Could not remove the tag',
  openNote: 'Could not open the note',
} as const;

/** Which question for tag suggestions is the latest: an answer to an earlier one is dropped. */
let suggestionsAsked = 0;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Binds what a user does to a paper to the background's messages. Each answer carries the paper's
 * new state and updates this tab at once; other tabs follow through the change broadcast. A
 * failure is shown beside the paper (its panel or row) until an action on it succeeds.
 */
export function paperActions(state: PageState, { id, title, version, meta }: Pick<HostSlot, 'id' | 'title' | 'version' | 'meta'>): PaperActions {
  const failed = (action: keyof typeof FAILED) => (error: unknown) => state.setActionError(id, `${FAILED[action]}: ${reason(error)}`);
  // The answer comes from a lookup by id alone; summaries a pack gives by title stay as they are.
  const apply = (action: keyof typeof FAILED, request: Promise<PaperInfo>) =>
    void request.then(({ saved, userTags }) => {
      state.batch(() => {
        state.setActionError(id, undefined);
        state.updatePaper(id, { ...state.info(id), saved, userTags });
      });
    }, failed(action));
  return {
    toggleSave: () =>
      state.info(id).saved
        ? apply('unsave', sendMessage('unsave', { id }))
        : apply('save', sendMessage('save', { id, title, version, meta: meta?.() })),
    addTag: (tag) => apply('addTag', sendMessage('addTag', { id, tag })),
    removeTag: (tag) => apply('removeTag', sendMessage('removeTag', { id, tag })),
    hideSource: (source) => void sendMessage('hideSummarySource', { source }).catch((error: unknown) => console.warn('arXiv Lens:', error)),
    openNote: () => void sendMessage('openNote', { id }).then(() => state.setActionError(id, undefined), failed('openNote')),
    suggestTags: (text) => {
      const asked = ++suggestionsAsked;
      if (!text.trim()) return state.setSuggestions([]);
      void sendMessage('tagSuggestions', { text })
        .then((tags) => {
          if (asked === suggestionsAsked) state.setSuggestions(tags);
        })
        .catch((error: unknown) => console.warn('arXiv Lens:', error));
    },
  };
}
