import { useEffect, useRef, useState } from 'react';
import { PAPER_LIMITS } from '@/lib/paper/limits';

interface NoteEditorProps {
  paperId: string;
  note: string;
  autoFocus?: boolean;
  onSave(text: string): void;
}

/**
 * The user's note on a paper, saved at every change: a popup closes the moment the user clicks
 * elsewhere, so nothing may wait for a later save.
 */
export function NoteEditor({ paperId, note, autoFocus, onSave }: NoteEditorProps) {
  const [text, setText] = useState(note);
  const editing = useRef(false);
  useEffect(() => {
    // Another window changed the note: show it, unless the user is typing here.
    if (!editing.current) setText(note);
  }, [note]);
  return (
    <textarea
      className="lens-note"
      data-action="note"
      aria-label={`Note on ${paperId}`}
      placeholder="Your note on this paper"
      maxLength={PAPER_LIMITS.noteChars}
      rows={4}
      value={text}
      autoFocus={autoFocus}
      onFocus={() => (editing.current = true)}
      onBlur={() => (editing.current = false)}
      onChange={(e) => {
        setText(e.target.value);
        onSave(e.target.value);
      }}
    />
  );
}
