import { useState, type FormEvent } from 'react';

/** What the panel shows of a pack. The bundled one has no `sourceUrl`, and cannot be synced or removed by hand. */
export interface PackRow {
  key: string;
  name: string;
  version: string;
  sourceUrl?: string;
  paperCount: number;
  /** A feed's shards, fetched as pages need them. */
  shards?: readonly unknown[];
  lastSync?: number;
  status: string;
  lastError?: string;
}

interface PacksPanelProps {
  packs: PackRow[];
  onSubscribe(url: string): Promise<void>;
  onRefresh(key: string): Promise<void>;
  onUnsubscribe(key: string): Promise<void>;
  /** For a pack its server would not hand to the extension: ask the browser for access, then retry. */
  onGrantAccess(key: string): Promise<void>;
}

function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString() : 'never';
}

/** The bundled pack and every subscribed feed: version, papers, last sync, status, last error. */
export function PacksPanel({ packs, onSubscribe, onRefresh, onUnsubscribe, onGrantAccess }: PacksPanelProps) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('subscribe', async () => {
      await onSubscribe(url.trim());
      setUrl('');
    });
  };
  return (
    <section className="op-section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Packs</h2>
      <p className="op-hint">Summaries and tags come from packs: the one that ships with arXiv Lens, and any you subscribe to by https URL.</p>
      <table className="op-table">
        <thead>
          <tr>
            <th>Pack</th>
            <th>Version</th>
            <th>Papers</th>
            <th>Last sync</th>
            <th>Status</th>
            <th>
              <span className="lens-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => (
            <tr key={pack.key} data-testid="pack" data-pack-key={pack.key} data-status={pack.status}>
              <td>
                <div>{pack.name}</div>
                {pack.sourceUrl ? <div className="op-url">{pack.sourceUrl}</div> : <div className="op-url">bundled with the extension</div>}
              </td>
              <td>{pack.version || '–'}</td>
              <td>
                {pack.paperCount}
                {pack.shards ? ` (${pack.shards.length} shards, fetched as needed)` : ''}
              </td>
              <td>{when(pack.lastSync)}</td>
              <td>
                <span className={`op-status op-status-${pack.status}`}>{pack.status}</span>
                {pack.lastError ? (
                  <div className="op-error" data-testid="pack-error">
                    {pack.lastError}
                  </div>
                ) : null}
                {pack.lastError?.startsWith('Could not fetch') && pack.sourceUrl ? (
                  <button type="button" className="lens-link" onClick={() => void run(pack.key, () => onGrantAccess(pack.key))}>
                    Allow arXiv Lens to read {new URL(pack.sourceUrl).host} and retry
                  </button>
                ) : null}
              </td>
              <td className="op-actions">
                {pack.sourceUrl === undefined ? null : (
                  <>
                    <button
                      type="button"
                      className="lens-button"
                      disabled={busy !== null}
                      onClick={() => void run(pack.key, () => onRefresh(pack.key))}
                    >
                      {busy === pack.key ? 'Syncing…' : 'Sync now'}
                    </button>
                    <button
                      type="button"
                      className="lens-button"
                      disabled={busy !== null}
                      onClick={() => void run(pack.key, () => onUnsubscribe(pack.key))}
                    >
                      Unsubscribe
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="op-form" onSubmit={submit}>
        <label htmlFor="subscribe-url">Subscribe to a pack or feed</label>
        <input
          id="subscribe-url"
          type="url"
          data-action="subscribe-url"
          placeholder="https://example.org/pack.json"
          pattern="https://.*"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <button type="submit" className="lens-button" data-action="subscribe" disabled={busy !== null}>
          {busy === 'subscribe' ? 'Subscribing…' : 'Subscribe'}
        </button>
      </form>
      {error ? (
        <p className="op-error" role="alert" data-testid="subscribe-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
