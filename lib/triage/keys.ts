import type { TriageCommand } from './triage';

/** What of a key press decides its command; the page reads `targetIsEditable` from the event's target. */
export interface TriageKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** An input, textarea, select or contenteditable has the focus: arXiv's own search field included. */
  targetIsEditable: boolean;
}

const COMMANDS: Readonly<Record<string, TriageCommand>> = {
  j: 'next',
  k: 'previous',
  s: 'save',
  x: 'dismiss',
  u: 'undo',
  t: 'tag',
  o: 'open',
  Enter: 'unfold',
  Escape: 'leave',
};

/**
 * The triage command of a key press, or null: keys typed into a field are the user's text, and a
 * modifier makes it the browser's shortcut (Ctrl+S, Cmd+K, …), never triage's.
 */
export function keyToCommand(event: TriageKey): TriageCommand | null {
  if (event.targetIsEditable || event.ctrlKey || event.metaKey || event.altKey) return null;
  return Object.hasOwn(COMMANDS, event.key) ? COMMANDS[event.key]! : null;
}
