import type { PageKind } from '@/lib/pages/types';
import type { Preferences } from '@/lib/preferences';

const KIND_LABELS: Record<PageKind, string> = {
  abs: 'arXiv abstract pages',
  html: 'arXiv HTML papers',
  listing: 'arXiv listings (new, recent, past week, by month)',
  catchup: 'arXiv catch-up pages',
  search: 'arXiv search results',
  'hf-list': 'Hugging Face paper lists',
  'hf-paper': 'Hugging Face paper pages',
};

interface SettingsPanelProps {
  prefs: Preferences;
  onChange(prefs: Preferences): void;
}

/** Which pages are annotated, panels folded by default, and how many summaries show per paper. */
export function SettingsPanel({ prefs, onChange }: SettingsPanelProps) {
  const toggleKind = (kind: PageKind, on: boolean) =>
    onChange({ ...prefs, enabledKinds: on ? [...prefs.enabledKinds, kind] : prefs.enabledKinds.filter((k) => k !== kind) });
  return (
    <section className="op-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <fieldset>
        <legend>Annotate these pages</legend>
        {(Object.keys(KIND_LABELS) as PageKind[]).map((kind) => (
          <label key={kind} className="op-check">
            <input
              type="checkbox"
              data-setting={`kind-${kind}`}
              checked={prefs.enabledKinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.target.checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <label className="op-check">
        <input
          type="checkbox"
          data-setting="panel-collapsed"
          checked={prefs.panelCollapsed}
          onChange={(e) => onChange({ ...prefs, panelCollapsed: e.target.checked })}
        />
        Panels folded by default (folding one on a page changes this too)
      </label>
      <label className="op-field">
        Summaries shown per paper before “all summaries”
        <input
          type="number"
          min={1}
          max={20}
          data-setting="summaries-per-paper"
          value={prefs.summariesPerPaper}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (n >= 1 && n <= 20) onChange({ ...prefs, summariesPerPaper: n });
          }}
        />
      </label>
    </section>
  );
}
