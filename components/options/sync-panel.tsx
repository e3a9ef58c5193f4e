import { useState } from 'react';
import type { SyncResult } from '@/lib/sync/engine';

interface SyncPanelProps {
  enabled: boolean;
  onEnabledChange(on: boolean): void;
  onSyncNow(): Promise<SyncResult>;
}

function describe(result: SyncResult): string {
  switch (result.status) {
    case 'ok':
      return `In sync: ${result.pulled} changes from your other browsers, ${result.pushed} sent.`;
    case 'disabled':
      return 'Sync is off.';
    default:
      return result.message;
  }
}

/** Opt-in sync of the reading list, states, tags and notes across the user's browsers. */
export function SyncPanel({ enabled, onEnabledChange, onSyncNow }: SyncPanelProps) {
  const [result, setResult] = useState<SyncResult | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="op-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync across your browsers</h2>
      <p className="op-hint">
        Keeps the reading list, states, tags and notes the same in every browser signed in to the same account, through the browser&apos;s own sync
        storage (about 100 KB: roughly a thousand papers). Summaries come from packs and need no sync.
      </p>
      <label className="op-check">
        <input type="checkbox" data-setting="sync" checked={enabled} onChange={(e) => onEnabledChange(e.target.checked)} />
        Sync my reading list
      </label>
      <div className="op-row">
        <button
          type="button"
          className="lens-button"
          data-action="sync-now"
          disabled={!enabled || busy}
          onClick={() => {
            setBusy(true);
            void onSyncNow()
              .then(setResult, (e: unknown) => setResult({ status: 'failed', message: (e as Error).message }))
              .finally(() => setBusy(false));
          }}
        >
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        {result ? (
          <span role="status" className={result.status === 'ok' ? 'op-status-ok' : 'op-error'} data-testid="sync-status">
            {describe(result)}
          </span>
        ) : null}
      </div>
    </section>
  );
}
