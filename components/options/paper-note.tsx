import { absUrl } from '@/lib/arxiv/ids';
import { NoteEditor } from '../common/note-editor';
import { TagList } from '../common/tag-list';

interface PaperNoteProps {
  id: string;
  title?: string;
  note: string;
  curatedTags: string[];
  userTags: string[];
  onSave(text: string): void;
}

/** One paper's note, where the "Add a note" link of a page's panel leads. */
export function PaperNote({ id, title, note, curatedTags, userTags, onSave }: PaperNoteProps) {
  return (
    <section className="op-section" data-testid="paper-note" data-paper-id={id} aria-labelledby="note-heading">
      <h2 id="note-heading">Note</h2>
      <p>
        <a href={absUrl(id)} target="_blank" rel="noopener noreferrer">
          {title ?? id}
        </a>{' '}
        <span className="ri-id">{id}</span>
      </p>
      <TagList curated={curatedTags} user={userTags} />
      <NoteEditor paperId={id} note={note} autoFocus onSave={onSave} />
    </section>
  );
}
