import { useId, useState, type KeyboardEvent } from 'react';
import { PAPER_LIMITS } from '@/lib/paper/limits';
import { matchingTags } from '@/lib/paper/tag-matches';

interface TagInputProps {
  /** Tags to pick from; those that fit the typed text are shown. */
  suggestions: string[];
  /** Tags the paper has already, left out of the suggestions. */
  existing: string[];
  autoFocus?: boolean;
  onAdd(tag: string): void;
  /** Told of each change to the text, so suggestions can be asked for as the user types. */
  onTextChange?(text: string): void;
  onDone?(): void;
}

/**
 * Adds a tag with Enter, suggesting the tags in use that fit what is typed: a listbox of our own
 * (no `<datalist>`, which would list the user's tags in the page), walked with the arrow keys;
 * Escape leaves.
 */
export function TagInput({ suggestions, existing, autoFocus, onAdd, onTextChange, onDone }: TagInputProps) {
  const [value, setValue] = useState('');
  const [active, setActive] = useState(-1);
  const listId = useId();
  const shown = matchingTags(suggestions, value, existing);
  const current = active >= 0 && active < shown.length ? active : -1;
  const type = (text: string) => {
    setValue(text);
    setActive(-1);
    onTextChange?.(text);
  };
  const add = (tag: string) => {
    if (tag) onAdd(tag);
    type('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(current >= 0 ? shown[current]! : value.trim());
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      // The walk passes through the typed text (-1) between the last suggestion and the first.
      const next = current + (event.key === 'ArrowDown' ? 1 : -1);
      setActive(next >= shown.length ? -1 : next < -1 ? shown.length - 1 : next);
    } else if (event.key === 'Escape') {
      if (current >= 0) return setActive(-1);
      type('');
      onDone?.();
    }
  };
  return (
    <span className="lens-tag-field">
      <input
        className="lens-tag-input"
        data-action="add-tag"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        placeholder="add tag"
        aria-label="Add a tag"
        autoComplete="off"
        maxLength={PAPER_LIMITS.tagChars}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul className="lens-tag-options" id={listId} role="listbox" aria-label="Tags in use" hidden={shown.length === 0}>
        {shown.map((tag, i) => (
          <li
            key={tag}
            id={`${listId}-${i}`}
            role="option"
            data-suggested-tag={tag}
            aria-selected={i === current}
            // The field keeps the focus, so the user types on after picking.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(tag)}
          >
            {tag}
          </li>
        ))}
      </ul>
    </span>
  );
}
