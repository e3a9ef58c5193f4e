import { useEffect, useRef, useState } from 'react';

interface NoteEditorProps {
  paperId: string;
  note: string;
  autoFocus?: boolean;
  onSave(text: string): void;
}

const SAVE_AFTER_MS = 400;

/** The user's note on a paper, saved as they type (and when they leave the field). */
export function NoteEditor({ paperId, note, autoFocus, onSave }: NoteEditorProps) {
  const [text, setText] = useState(note);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(note);
  useEffect(() => {
    // Another window changed the note: show it unless the user is typing here.
    if (timer.current === undefined) setText(note);
    latest.current = note;
  }, [note]);
  const flush = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (value !== latest.current) {
      latest.current = value;
      onSave(value);
    }
  };
  return (
    <textarea
      className="lens-note"
      data-action="note"
      aria-label={`Note on ${paperId}`}
      placeholder="Your note on this paper"
      maxLength={20_000}
      rows={4}
      value={text}
      autoFocus={autoFocus}
      onChange={(e) => {
        const value = e.target.value;
        setText(value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(value), SAVE_AFTER_MS);
      }}
      onBlur={(e) => flush(e.target.value)}
    />
  );
}
