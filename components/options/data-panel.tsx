import { useState, type ChangeEvent } from 'react';

export interface ImportOutcome {
  format: string;
  added: number;
  merged: number;
  unchanged: number;
  /** Dates the file put in the future, brought back to now. */
  clamped: number;
  rejected: { record: string; reason: string }[];
}

interface DataPanelProps {
  exportFormats: readonly { id: string; label: string }[];
  onExport(formatId: string): Promise<void>;
  /** Resolves with what the import did, or rejects with a message for the user; nothing changes then. */
  onImport(file: File): Promise<ImportOutcome>;
}

/** Export a backup or the reading list as BibTeX, CSV or RIS; import a backup, BibTeX or a list of ids. */
export function DataPanel({ exportFormats, onExport, onImport }: DataPanelProps) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome(null);
    setError(null);
    try {
      setOutcome(await onImport(file));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="op-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <div className="op-row">
        {exportFormats.map((format) => (
          <button key={format.id} type="button" className="lens-button" data-export={format.id} onClick={() => void onExport(format.id)}>
            Export {format.label}
          </button>
        ))}
      </div>
      <label className="op-field">
        Import a backup, a BibTeX file, or ids and URLs one per line
        <input type="file" data-action="import" accept=".json,.bib,.bibtex,.txt,text/plain,application/json" onChange={(e) => void importFile(e)} />
      </label>
      {error ? (
        <p className="op-error" role="alert" data-testid="import-error">
          {error} Nothing was changed.
        </p>
      ) : null}
      {outcome ? (
        <div role="status" data-testid="import-report">
          <p>
            Imported {outcome.format}: <span data-count="added">{outcome.added} added</span>, <span data-count="merged">{outcome.merged} merged</span>
            , <span data-count="unchanged">{outcome.unchanged} unchanged</span>, <span data-count="rejected">{outcome.rejected.length} rejected</span>
            .
          </p>
          {outcome.clamped > 0 ? (
            <p data-count="clamped">
              {outcome.clamped === 1 ? '1 date' : `${outcome.clamped} dates`} in the future set to now, so that they do not outrank your later edits.
            </p>
          ) : null}
          {outcome.rejected.length > 0 ? (
            <ul className="op-rejected">
              {outcome.rejected.slice(0, 50).map((r, i) => (
                <li key={i}>
                  {r.record}: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
