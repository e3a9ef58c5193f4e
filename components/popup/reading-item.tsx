import { memo, useState } from 'react';
import { absUrl } from '@/lib/arxiv/ids';
import type { ReadingState } from '@/lib/paper/reading-states';
import type { ReadingItem as Item } from '@/lib/paper/reading-item';
import { NoteEditor } from '../common/note-editor';
import { StateSelect } from './state-select';
import { TagInput } from '../common/tag-input';
import { TagList } from '../common/tag-list';

export interface ReadingItemActions {
  setState(id: string, state: ReadingState): void;
  addTag(id: string, tag: string): void;
  removeTag(id: string, tag: string): void;
  setNote(id: string, text: string): void;
  remove(id: string): void;
}

interface ReadingItemProps {
  item: Item;
  suggestions: string[];
  actions: ReadingItemActions;
  /** The item keyboard navigation is on: the one tabbable item of the list. */
  active: boolean;
  noteOpen: boolean;
  onNoteOpenChange(open: boolean): void;
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One paper of the reading list: title, id, tags, date added, state, note, open and remove. */
export const ReadingItem = memo(function ReadingItem({ item, suggestions, actions, active, noteOpen, onNoteOpenChange }: ReadingItemProps) {
  const [tagging, setTagging] = useState(false);
  return (
    <article
      className={`ri ri-${item.state}`}
      data-testid="reading-item"
      data-paper-id={item.id}
      data-state={item.state}
      tabIndex={active ? 0 : -1}
      aria-label={item.title}
    >
      <div className="ri-head">
        <a className="ri-title" href={absUrl(item.id)} target="_blank" rel="noopener noreferrer" tabIndex={active ? 0 : -1}>
          {item.title}
        </a>
      </div>
      <div className="ri-meta">
        <span className="ri-id">{item.id}</span>
        <span>added {formatDate(item.addedAt)}</span>
        {item.published ? <span>published {item.published.slice(0, 10)}</span> : null}
        {item.newerVersion ? (
          <a
            className="ri-new-version"
            data-new-version={item.newerVersion}
            href={absUrl(item.id)}
            target="_blank"
            rel="noopener noreferrer"
            tabIndex={active ? 0 : -1}
          >
            v{item.newerVersion} available
          </a>
        ) : null}
        {item.summaries.length > 0 ? (
          <span className="ri-summarized">{item.summaries.length === 1 ? 'summary' : `${item.summaries.length} summaries`}</span>
        ) : null}
      </div>
      <div className="ri-controls">
        <StateSelect state={item.state} label={`Reading state of ${item.title}`} onChange={(state) => actions.setState(item.id, state)} />
        <TagList curated={item.curatedTags} user={item.userTags} onRemove={(tag) => actions.removeTag(item.id, tag)} />
        {tagging ? (
          <TagInput
            autoFocus
            suggestions={suggestions}
            existing={[...item.curatedTags, ...item.userTags]}
            onAdd={(tag) => actions.addTag(item.id, tag)}
            onDone={() => setTagging(false)}
          />
        ) : (
          <button type="button" className="lens-button" onClick={() => setTagging(true)}>
            + tag
          </button>
        )}
        <button type="button" className="lens-button" aria-expanded={noteOpen} data-action="toggle-note" onClick={() => onNoteOpenChange(!noteOpen)}>
          {item.note ? 'note ✎' : 'add note'}
        </button>
        <button
          type="button"
          className="lens-button ri-remove"
          data-action="remove"
          aria-label={`Remove ${item.title} from the reading list`}
          onClick={() => actions.remove(item.id)}
        >
          remove
        </button>
      </div>
      {noteOpen ? <NoteEditor paperId={item.id} note={item.note} autoFocus onSave={(text) => actions.setNote(item.id, text)} /> : null}
      {!noteOpen && item.note ? <p className="ri-note-preview">{item.note.split('\n')[0]}</p> : null}
    </article>
  );
});
