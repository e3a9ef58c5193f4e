import { memo } from 'react';
import { sameItems } from '@/lib/same-items';
import { isFiltering, NO_FILTERS, type ListFilters, type ListOrder } from '@/lib/page-view/list-filters';
import type { ListSection } from '@/lib/pages';
import { ChoiceMenu } from './choice-menu';
import { PressButton } from '@/components/common/press-button';

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

/** A filter that is on or off: a toggle button whose `aria-pressed` says which. */
function Filter({ name, on, label, onChange }: { name: string; on: boolean; label: string; onChange(on: boolean): void }) {
  return (
    <PressButton className="lens-button lens-filter" data-filter={name} aria-pressed={on} onPress={() => onChange(!on)}>
      {label}
    </PressButton>
  );
}

/** The bar above a list: what is on the page, filters that hide entries without a reload, the order, and triage. */
export function ListBar(props: ListBarProps) {
  const { total, summarized, saved, shown, seen, dismissed, forYou, ranked, sections, tags, filters, order, triage } = props;
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
      <BarControls
        ranked={ranked}
        sections={sections}
        tags={tags}
        filters={filters}
        order={order}
        triage={triage}
        onChange={props.onChange}
        onOrderChange={props.onOrderChange}
        onTriage={props.onTriage}
      />
    </div>
  );
}

type BarControlsProps = Pick<
  ListBarProps,
  'ranked' | 'sections' | 'tags' | 'filters' | 'order' | 'triage' | 'onChange' | 'onOrderChange' | 'onTriage'
>;

const sameTriage = (a?: TriageProgress, b?: TriageProgress) =>
  a === b || (a !== undefined && b !== undefined && a.active === b.active && a.position === b.position && a.total === b.total);

/**
 * The bar's controls, drawn again only when what they show changes: a source's answer changes the
 * counts alone, and the bar hears of each of its writes.
 */
const BarControls = memo(
  function BarControls({ ranked, sections, tags, filters, order, triage, onChange, onOrderChange, onTriage }: BarControlsProps) {
    const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
    return (
      <>
        <Filter name="summarized" on={filters.summarizedOnly} label="only summarized" onChange={(summarizedOnly) => set({ summarizedOnly })} />
        <Filter name="hide-saved" on={filters.hideSaved} label="hide saved" onChange={(hideSaved) => set({ hideSaved })} />
        <Filter name="unseen" on={filters.unseenOnly} label="only new since my last visit" onChange={(unseenOnly) => set({ unseenOnly })} />
        {sections.has('cross-list') ? (
          <Filter
            name="hide-cross-lists"
            on={filters.hideCrossLists}
            label="hide cross-lists"
            onChange={(hideCrossLists) => set({ hideCrossLists })}
          />
        ) : null}
        {sections.has('replacement') ? (
          <Filter
            name="hide-replacements"
            on={filters.hideReplacements}
            label="hide replacements"
            onChange={(hideReplacements) => set({ hideReplacements })}
          />
        ) : null}
        {ranked ? <Filter name="for-you" on={filters.forYouOnly} label="only for you" onChange={(forYouOnly) => set({ forYouOnly })} /> : null}
        <ChoiceMenu
          label="tag"
          data-filter="tag"
          choices={[{ value: '', label: 'any' }, ...tags.map((tag) => ({ value: tag, label: tag }))]}
          value={filters.tag ?? ''}
          onChoose={(tag) => set({ tag: tag || null })}
        />
        <ChoiceMenu
          label="order"
          data-sort
          choices={[
            { value: 'page', label: "arXiv's" },
            { value: 'relevance', label: 'for you first', disabled: !ranked },
          ]}
          value={order}
          onChoose={(chosen) => onOrderChange(chosen === 'relevance' ? 'relevance' : 'page')}
        />
        {isFiltering(filters) ? (
          <PressButton className="lens-link" data-action="clear-filters" onPress={() => onChange(NO_FILTERS)}>
            clear
          </PressButton>
        ) : null}
        <PressButton
          className="lens-button"
          data-action="triage"
          aria-pressed={triage?.active ?? false}
          title="Walk the list from the keyboard (Shift+T)"
          onPress={() => onTriage(!triage?.active)}
        >
          {triage?.active ? 'stop triage' : triage ? 'resume triage' : 'triage'}
        </PressButton>
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
      </>
    );
  },
  (a, b) =>
    a.ranked === b.ranked &&
    a.sections === b.sections &&
    sameItems(a.tags, b.tags) &&
    a.filters === b.filters &&
    a.order === b.order &&
    sameTriage(a.triage, b.triage) &&
    a.onChange === b.onChange &&
    a.onOrderChange === b.onOrderChange &&
    a.onTriage === b.onTriage,
);
