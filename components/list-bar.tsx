import { NO_FILTERS, type ListFilters } from '@/lib/content/list-filters';

interface ListBarProps {
  total: number;
  summarized: number;
  saved: number;
  shown: number;
  /** Tags on this page's papers, most common first. */
  tags: string[];
  filters: ListFilters;
  onChange(filters: ListFilters): void;
}

/** The bar above a list: what is on the page, and filters that hide entries without a reload. */
export function ListBar({ total, summarized, saved, shown, tags, filters, onChange }: ListBarProps) {
  const filtering = filters.summarizedOnly || filters.hideSaved || filters.tag !== null;
  return (
    <div className="lens-bar" role="toolbar" aria-label="arXiv Lens filters">
      <span className="lens-brand">arXiv Lens</span>
      <span className="lens-bar-counts" aria-live="polite">
        <span data-count="papers">{total} papers</span> · <span data-count="summarized">{summarized} summarized</span> ·{' '}
        <span data-count="saved">{saved} saved</span>
        {filtering ? <span data-count="shown"> · showing {shown}</span> : null}
      </span>
      <label className="lens-check">
        <input
          type="checkbox"
          data-filter="summarized"
          checked={filters.summarizedOnly}
          onChange={(e) => onChange({ ...filters, summarizedOnly: e.target.checked })}
        />
        only summarized
      </label>
      <label className="lens-check">
        <input
          type="checkbox"
          data-filter="hide-saved"
          checked={filters.hideSaved}
          onChange={(e) => onChange({ ...filters, hideSaved: e.target.checked })}
        />
        hide saved
      </label>
      <label className="lens-check">
        tag
        <select data-filter="tag" value={filters.tag ?? ''} onChange={(e) => onChange({ ...filters, tag: e.target.value || null })}>
          <option value="">any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      {filtering ? (
        <button type="button" className="lens-link" onClick={() => onChange(NO_FILTERS)}>
          clear
        </button>
      ) : null}
    </div>
  );
}
