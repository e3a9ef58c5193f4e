import { useId, useState, type KeyboardEvent } from 'react';
import { PAPER_LIMITS } from '@/lib/paper/limits';

interface TagInputProps {
  suggestions: string[];
  /** Tags the paper has already, left out of the suggestions. */
  existing: string[];
  autoFocus?: boolean;
  onAdd(tag: string): void;
  onFocus?(): void;
  onDone?(): void;
}

/** Adds a tag with Enter, suggesting the tags already in use; Escape leaves. */
export function TagInput({ suggestions, existing, autoFocus, onAdd, onFocus, onDone }: TagInputProps) {
  const [value, setValue] = useState('');
  const listId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const tag = value.trim();
      if (tag) onAdd(tag);
      setValue('');
    } else if (event.key === 'Escape') {
      setValue('');
      onDone?.();
    }
  };
  return (
    <>
      <input
        className="lens-tag-input"
        data-action="add-tag"
        type="text"
        placeholder="add tag"
        aria-label="Add a tag"
        maxLength={PAPER_LIMITS.tagChars}
        list={listId}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !existing.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </>
  );
}
