import { READING_STATES, STATE_LABELS, type ReadingState } from '@/lib/paper/reading-states';

interface StateSelectProps {
  state: ReadingState;
  label: string;
  onChange(state: ReadingState): void;
}

/** To read, reading, done. */
export function StateSelect({ state, label, onChange }: StateSelectProps) {
  return (
    <select className="lens-state" data-action="state" aria-label={label} value={state} onChange={(e) => onChange(e.target.value as ReadingState)}>
      {READING_STATES.map((s) => (
        <option key={s} value={s}>
          {STATE_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
