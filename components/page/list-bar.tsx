import { isFiltering, NO_FILTERS, type ListFilters, type ListOrder } from '@/lib/page-view/list-filters';
import type { ListSection } from '@/lib/pages';

export interface TriageProgress {
  active: boolean;
  position: number;
  total: number;
}

interface ListBarProps {
  total: number;
  summarized: number;
  saved: number;
  shown: number;
  /** Papers shown before this visit, and set aside ("not interested"). */
  seen: number;
  dismissed: number;
  /** The list's best matches for the user's own papers, and whether the list is ranked at all. */
  forYou: number;
  ranked: boolean;
  /** The sections of a daily listing the page has. */
  sections: ReadonlySet<ListSection>;
  /** Tags on this page's papers, most common first. */
  tags: string[];
  filters: ListFilters;
  order: ListOrder;
  /** Where triage stands, or stopped today; undefined before it ever ran on this list today. */
  triage?: TriageProgress;
  onChange(filters: ListFilters): void;
  onOrderChange(order: ListOrder): void;
  onTriage(start: boolean): void;
}

const KEYS: [string, string][] = [
  ['j / k', 'next / previous'],
  ['s', 'save'],
  ['x', 'not interested'],
  ['u', 'undo'],
  ['t', 'tag'],
  ['o', 'open abstract'],
  ['Enter', 'summary'],
  ['Esc', 'leave'],
];

function Check({ name, checked, label, onChange }: { name: string; checked: boolean; label: string; onChange(checked: boolean): void }) {
  return (
    <label className="lens-check">
      <input type="checkbox" data-filter={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The bar above a list: what is on the page, filters that hide entries without a reload, the order, and triage. */
export function ListBar(props: ListBarProps) {
  const { total, summarized, saved, shown, seen, dismissed, forYou, ranked, sections, tags, filters, order, triage } = props;
  const set = (patch: Partial<ListFilters>) => props.onChange({ ...filters, ...patch });
  const filtering = isFiltering(filters) || dismissed > 0;
  return (
    <div className="lens-bar" role="toolbar" aria-label="arXiv Lens filters">
      <span className="lens-brand">arXiv Lens</span>
      <span className="lens-bar-counts" aria-live="polite">
        <span data-count="papers">{total} papers</span> · <span data-count="summarized">{summarized} summarized</span> ·{' '}
        <span data-count="saved">{saved} saved</span>
        {seen > 0 ? <span data-count="seen"> · {seen} seen before</span> : null}
        {ranked ? <span data-count="for-you"> · {forYou} for you</span> : null}
        {dismissed > 0 ? <span data-count="dismissed"> · {dismissed} not interested</span> : null}
        {filtering ? <span data-count="shown"> · showing {shown}</span> : null}
      </span>
      <Check name="summarized" checked={filters.summarizedOnly} label="only summarized" onChange={(summarizedOnly) => set({ summarizedOnly })} />
      <Check name="hide-saved" checked={filters.hideSaved} label="hide saved" onChange={(hideSaved) => set({ hideSaved })} />
      <Check name="unseen" checked={filters.unseenOnly} label="only new since my last visit" onChange={(unseenOnly) => set({ unseenOnly })} />
      {sections.has('cross-list') ? (
        <Check
          name="hide-cross-lists"
          checked={filters.hideCrossLists}
          label="hide cross-lists"
          onChange={(hideCrossLists) => set({ hideCrossLists })}
        />
      ) : null}
      {sections.has('replacement') ? (
        <Check
          name="hide-replacements"
          checked={filters.hideReplacements}
          label="hide replacements"
          onChange={(hideReplacements) => set({ hideReplacements })}
        />
      ) : null}
      {ranked ? <Check name="for-you" checked={filters.forYouOnly} label="only for you" onChange={(forYouOnly) => set({ forYouOnly })} /> : null}
      <label className="lens-check">
        tag
        <select data-filter="tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
          <option value="">any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="lens-check">
        order
        <select data-sort value={order} onChange={(e) => props.onOrderChange(e.target.value === 'relevance' ? 'relevance' : 'page')}>
          <option value="page">arXiv&apos;s</option>
          <option value="relevance" disabled={!ranked}>
            for you first
          </option>
        </select>
      </label>
      {isFiltering(filters) ? (
        <button type="button" className="lens-link" onClick={() => props.onChange(NO_FILTERS)}>
          clear
        </button>
      ) : null}
      <button
        type="button"
        className="lens-button"
        data-action="triage"
        aria-pressed={triage?.active ?? false}
        title="Walk the list from the keyboard (Shift+T)"
        onClick={() => props.onTriage(!triage?.active)}
      >
        {triage?.active ? 'stop triage' : triage ? 'resume triage' : 'triage'}
      </button>
      {triage ? (
        <span data-triage-progress className="lens-bar-counts">
          {triage.position} / {triage.total}
        </span>
      ) : null}
      {triage?.active ? (
        <span className="lens-keys" data-triage-keys aria-label="Triage keys">
          {KEYS.map(([key, what]) => (
            <span key={key}>
              <kbd>{key}</kbd> {what}
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}
