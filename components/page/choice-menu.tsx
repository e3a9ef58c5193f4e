import { useId, useLayoutEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';

export interface Choice {
  value: string;
  label: string;
  disabled?: boolean;
}

type ChoiceMenuProps = Omit<HTMLAttributes<HTMLSpanElement>, 'role' | 'tabIndex' | 'onClick' | 'onKeyDown' | 'onBlur'> & {
  /** Shown before the menu, and its accessible name. */
  label: string;
  choices: Choice[];
  value: string;
  onChoose(value: string): void;
};

/** The open list's height at most, and at least where the window leaves less under the combobox. */
const MAX_LIST_PX = 256;
const MIN_LIST_PX = 96;
/** Kept free between the list and the window's bottom. */
const EDGE_PX = 8;

/** Scrolls a long list just enough to show the choice the keys are on; the page itself does not move. */
function keepInView(list: HTMLElement, item: HTMLElement | undefined): void {
  if (!item) return;
  if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
  else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
}

/**
 * One of a few choices, as a `<select>` offers them but without one (a select put into the page
 * sets off Chrome's autofill scan, see PressButton): a select-only combobox whose listbox opens
 * under it. The focus stays on the combobox; the arrow keys, Home and End move through the
 * choices, Enter or Space takes one, Escape closes without choosing.
 */
export function ChoiceMenu({ label, choices, value, onChoose, ...attributes }: ChoiceMenuProps) {
  /** The choice the keys are on while the list is open; null while it is closed. */
  const [active, setActive] = useState<number | null>(null);
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const shown = list.current;
    if (!shown || active === null) return;
    keepInView(shown, shown.children[active] as HTMLElement | undefined);
  }, [active]);
  const isOpen = active !== null;
  const button = useRef<HTMLSpanElement>(null);
  // The bar is one line that scrolls sideways, which would clip a list hung under it: the list
  // stands in the window instead, under the combobox, opening leftwards where it would widen the
  // page, and follows the combobox when the page or the bar scrolls (focusing a control at the
  // bar's far end scrolls the bar).
  useLayoutEffect(() => {
    if (!isOpen) return;
    const shown = list.current!;
    const place = (event?: Event) => {
      if (event?.target === shown) return;
      const at = button.current!.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const toLeft = at.left + shown.offsetWidth > width;
      // Never past the window's bottom: what does not fit scrolls inside the list.
      shown.style.maxHeight = `${Math.max(MIN_LIST_PX, Math.min(MAX_LIST_PX, window.innerHeight - at.bottom - EDGE_PX))}px`;
      shown.style.top = `${at.bottom}px`;
      shown.style.left = toLeft ? '' : `${at.left}px`;
      shown.style.right = toLeft ? `${Math.max(0, width - at.right)}px` : '';
    };
    place();
    const root = button.current!.getRootNode();
    window.addEventListener('scroll', place, true);
    root.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('scroll', place, true);
      root.removeEventListener('scroll', place, true);
    };
  }, [isOpen]);
  const chosen = Math.max(
    0,
    choices.findIndex((c) => c.value === value),
  );
  const usable = choices.flatMap((c, i) => (c.disabled ? [] : [i]));
  const open = (at: number) => setActive(at);
  const close = () => setActive(null);
  const choose = (i: number) => {
    if (choices[i]?.disabled) return;
    close();
    if (choices[i] && choices[i].value !== value) onChoose(choices[i].value);
  };
  /** The usable choice `by` steps from `from`, staying at the first or last. */
  const step = (from: number, by: number) => {
    const at = usable.indexOf(from);
    const next = at < 0 ? (by > 0 ? 0 : usable.length - 1) : Math.min(usable.length - 1, Math.max(0, at + by));
    return usable[next] ?? from;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const { key } = event;
    if (active === null) {
      if (key !== 'ArrowDown' && key !== 'ArrowUp' && key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
      if (!event.repeat) open(chosen);
      return;
    }
    if (key === 'Tab') return close();
    const target =
      key === 'ArrowDown'
        ? step(active, 1)
        : key === 'ArrowUp'
          ? step(active, -1)
          : key === 'Home'
            ? usable[0]
            : key === 'End'
              ? usable[usable.length - 1]
              : undefined;
    if (target !== undefined) {
      event.preventDefault();
      open(target);
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      choose(active);
    } else if (key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <span className="lens-choice">
      <span id={`${id}-label`}>{label}</span>
      <span
        {...attributes}
        ref={button}
        className="lens-button lens-choice-button"
        role="combobox"
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        aria-haspopup="listbox"
        aria-expanded={active !== null}
        aria-controls={`${id}-list`}
        aria-activedescendant={active === null ? undefined : `${id}-${active}`}
        data-value={value}
        onClick={() => (active === null ? open(chosen) : close())}
        onKeyDown={onKeyDown}
        onBlur={close}
      >
        {choices[chosen]?.label}
        <span aria-hidden="true">▾</span>
      </span>
      <ul ref={list} className="lens-options" id={`${id}-list`} role="listbox" aria-labelledby={`${id}-label`} hidden={active === null}>
        {active === null
          ? null
          : choices.map((c, i) => (
              <li
                key={c.value}
                id={`${id}-${i}`}
                role="option"
                data-value={c.value}
                aria-selected={i === active}
                aria-disabled={c.disabled || undefined}
                // The combobox keeps the focus, so the list stays open until the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                {c.label}
              </li>
            ))}
      </ul>
    </span>
  );
}
