import { useState } from 'react';

/** How a source's last run went. */
export interface SourceRunStatus {
  status: string;
  lastSync?: number;
  lastError?: string;
  /** Papers it holds in the store. */
  paperCount: number;
}

export interface SourceRow {
  id: string;
  label: string;
  sends: string;
  on: boolean;
  optIn: boolean;
  status?: SourceRunStatus;
}

interface SourcesPanelProps {
  sources: SourceRow[];
  hiddenSummarySources: string[];
  s2ApiKey: string;
  /** Resolves with a message when the source could not be turned on (the browser's access was refused). */
  onToggle(id: string, on: boolean): Promise<string | null>;
  onShowSource(source: string): void;
  onS2ApiKeyChange(key: string): void;
}

function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString() : 'never';
}

/** Where summaries and metadata come from besides packs: what each source sends to whom, on or off, and how its last sync went. */
export function SourcesPanel({ sources, hiddenSummarySources, s2ApiKey, onToggle, onShowSource, onS2ApiKeyChange }: SourcesPanelProps) {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [key, setKey] = useState(s2ApiKey);
  const toggle = async (id: string, on: boolean) => {
    const message = await onToggle(id, on);
    setMessages((m) => ({ ...m, [id]: message ?? '' }));
  };
  return (
    <section className="op-section" id="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <p className="op-hint">
        Summaries and metadata for the papers you read this week, fetched in the background. The opt-in sources send the ids of the papers you view;
        nothing else about you.
      </p>
      <table className="op-table">
        <thead>
          <tr>
            <th>Source</th>
            <th>Papers</th>
            <th>Last sync</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => {
            // What the row shows: off, or the last sync's outcome (pending before the first).
            const state = source.on ? (source.status?.status ?? 'pending') : 'off';
            return (
              <tr key={source.id} data-testid="source" data-source-id={source.id} data-status={state}>
                <td>
                  <label className="op-check">
                    <input
                      type="checkbox"
                      data-source-toggle={source.id}
                      checked={source.on}
                      onChange={(e) => void toggle(source.id, e.target.checked)}
                    />
                    {source.label} {source.optIn ? <span className="op-badge">opt-in</span> : null}
                  </label>
                  <div className="op-url">{source.sends}</div>
                  {messages[source.id] ? (
                    <div className="op-error" role="alert" data-testid="source-message">
                      {messages[source.id]}
                    </div>
                  ) : null}
                </td>
                <td>{source.status?.paperCount ?? 0}</td>
                <td>{when(source.status?.lastSync)}</td>
                <td>
                  <span className={`op-status op-status-${state}`}>{state}</span>
                  {/* An off source keeps a status only when it was turned off because its access was withdrawn. */}
                  {source.status?.lastError ? (
                    <div className="op-error" data-testid="source-error">
                      {source.status.lastError}
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="op-form"
        onSubmit={(event) => {
          event.preventDefault();
          onS2ApiKeyChange(key.trim());
        }}
      >
        <label htmlFor="s2-api-key">Semantic Scholar API key (optional, raises the rate limit)</label>
        <input id="s2-api-key" type="password" autoComplete="off" data-setting="s2-api-key" value={key} onChange={(e) => setKey(e.target.value)} />
        <button type="submit" className="lens-button">
          Save key
        </button>
      </form>
      {hiddenSummarySources.length > 0 ? (
        <div data-testid="hidden-sources">
          <h3>Hidden summaries</h3>
          <ul>
            {hiddenSummarySources.map((source) => (
              <li key={source} data-hidden-source={source}>
                {source}{' '}
                <button type="button" className="lens-link" onClick={() => onShowSource(source)}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
