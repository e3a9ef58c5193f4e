import type { PaperInfo } from '@/lib/paper/paper-info';
import { STATE_LABELS } from '@/lib/paper/reading-states';
import { PressButton } from './press-button';

interface SaveButtonProps {
  saved: PaperInfo['saved'];
  compact?: boolean;
  onToggle(): void;
}

/** Saves to or removes from the reading list; pressed while saved, showing the reading state. */
export function SaveButton({ saved, compact, onToggle }: SaveButtonProps) {
  const label = saved ? `Saved · ${STATE_LABELS[saved.state]}` : 'Save';
  return (
    <PressButton
      className={`lens-button lens-save${saved ? ' lens-pressed' : ''}`}
      data-action="save"
      aria-pressed={saved ? 'true' : 'false'}
      title={saved ? 'Remove from your reading list' : 'Save to your reading list'}
      onPress={onToggle}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      {compact ? null : <span>{label}</span>}
      {compact ? <span className="lens-sr-only">{label}</span> : null}
    </PressButton>
  );
}
