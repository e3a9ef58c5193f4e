import { useState } from 'react';

interface HistoryPanelProps {
  /** How many days the list history is kept. */
  retentionDays: number;
  /** Forgets the list history; rejects with a message for the user when it could not. */
  onClear(): Promise<void>;
}

type Step = 'idle' | 'confirming' | 'cleared';

/** What the lists remember, for how long, and a confirmed button that forgets it all. */
export function HistoryPanel({ retentionDays, onClear }: HistoryPanelProps) {
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const clear = async () => {
    setError(null);
    try {
      await onClear();
      setStep('cleared');
    } catch (e) {
      setError((e as Error).message);
      setStep('idle');
    }
  };
  return (
    <section className="op-section" aria-labelledby="history-heading">
      <h2 id="history-heading">List history</h2>
      <p className="op-hint">
        On arXiv's lists this browser remembers which papers were shown and when, your visits to each list, where triage stopped, the papers you
        marked "not interested", and the abstracts fetched for title-only lists. It is kept for {retentionDays} days, never leaves this browser, and
        is not in exports. Your reading list, tags and notes are not part of it.
      </p>
      {step === 'confirming' ? (
        <div className="op-row" role="group" aria-labelledby="history-confirm">
          <p id="history-confirm">Forget the whole list history? Papers you have seen will show as new again.</p>
          <button type="button" className="lens-button" data-action="confirm-clear-history" onClick={() => void clear()}>
            Clear list history
          </button>
          <button type="button" className="lens-button" data-action="cancel-clear-history" onClick={() => setStep('idle')}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="op-row">
          <button type="button" className="lens-button" data-action="clear-history" onClick={() => setStep('confirming')}>
            Clear list history…
          </button>
        </div>
      )}
      {step === 'cleared' ? (
        <p role="status" data-testid="history-cleared">
          List history cleared.
        </p>
      ) : null}
      {error ? (
        <p className="op-error" role="alert">
          {error} Nothing was cleared.
        </p>
      ) : null}
    </section>
  );
}
