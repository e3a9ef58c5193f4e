import type { HTMLAttributes, KeyboardEvent } from 'react';

type PressButtonProps = Omit<HTMLAttributes<HTMLSpanElement>, 'role' | 'tabIndex' | 'onClick' | 'onKeyDown'> & { onPress(): void };

/**
 * A button that is not a `<button>`: every form-associated element (button, input, select…) put
 * into a page after it loads makes Chrome's autofill walk the whole document, shadow roots included,
 * which on a long listing is tens of milliseconds, again at every row drawn as the reader scrolls.
 * So the extension's controls are spans with a button's role, reached with Tab and pressed with a
 * click, Enter or Space, as a button is.
 */
export function PressButton({ onPress, ...attributes }: PressButtonProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Space would scroll the page; a key held down presses once.
    event.preventDefault();
    if (!event.repeat) onPress();
  };
  return <span {...attributes} role="button" tabIndex={0} onClick={onPress} onKeyDown={onKeyDown} />;
}
