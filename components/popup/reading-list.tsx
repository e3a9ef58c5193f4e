import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type MiniSearch from 'minisearch';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { READING_STATES, STATE_LABELS } from '@/lib/paper/reading-states';
import { orderReadingItems, type ReadingFilter, type SortKey } from '@/lib/reading-order';
import { buildReadingIndex, searchReadingIndex } from '@/lib/search/reading-index';
import type { ReadingItem as Item } from '@/lib/paper/reading-item';
import { ReadingItem, type ReadingItemActions } from './reading-item';

interface ReadingListProps {
  items: Item[];
  suggestions: string[];
  actions: ReadingItemActions;
  /** A paper whose note opens first (the options page opened on it, or the current tab's). */
  focusNoteOf?: string;
  /** How many papers there are (`items` may hold only the first screen of them); unknown until counted. */
  total: number | undefined;
}

/** A paper's height before its row is measured: a two-line title, its line of facts and its controls. */
const ROW_ESTIMATE = 110;

/**
 * The list's box in the popup (its 580 px less the header and the list's tools) until the
 * ResizeObserver reports it: the first render draws only the rows that fit in it.
 */
const POPUP_LIST_BOX = { width: 440, height: 460 };

/**
 * A row's height from the ResizeObserver, which reports it with the frame's layout; when the row
 * is first rendered, the height known or the estimate: measuring it there would force a layout of
 * the popup for every row rendered.
 */
function rowHeight(row: HTMLElement, entry: ResizeObserverEntry | undefined, list: Virtualizer<HTMLDivElement, HTMLElement>): number {
  if (entry) return Math.round(entry.borderBoxSize?.[0]?.blockSize ?? row.getBoundingClientRect().height);
  return list.itemSizeCache.get(list.options.getItemKey(list.indexFromElement(row))) ?? ROW_ESTIMATE;
}

/**
 * The list's box, from the ResizeObserver alone, which reports it with the frame's layout: reading
 * it when the list mounts would force the popup's first layout inside its first render. Until
 * then the list takes `initialRect`.
 */
function observeListBox(list: Virtualizer<HTMLDivElement, HTMLElement>, onBox: (box: { width: number; height: number }) => void): () => void {
  const box = list.scrollElement;
  if (!box) return () => undefined;
  const observer = new ResizeObserver(() => onBox({ width: box.clientWidth, height: box.clientHeight }));
  observer.observe(box);
  return () => observer.disconnect();
}

/**
 * Scrolls the list, except to where it already is: the virtualizer scrolls a list to its top as it
 * mounts, and writing a scroll position forces a layout, which would fall inside the first render.
 */
function scrollList(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  list: Virtualizer<HTMLDivElement, HTMLElement>,
): void {
  if (offset === list.scrollOffset && !options.adjustments) return;
  elementScroll(offset, options, list);
}

/**
 * The reading list: search as you type, sort and filter, and only the visible items rendered, so
 * it stays smooth with thousands of papers. Arrow keys move between papers.
 */
export function ReadingList({ items, suggestions, actions, focusNoteOf, total }: ReadingListProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('added');
  const [filter, setFilter] = useState<ReadingFilter>({ state: 'all', tag: null });
  const [openNote, setOpenNote] = useState<string | null>(focusNoteOf ?? null);
  const [active, setActive] = useState(0);
  const index = useSearchIndex(items);
  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return null;
    return index ? searchReadingIndex(index, q) : searchReadingIndex(buildReadingIndex(items), q);
  }, [query, index, items]);
  const shown = useMemo(() => orderReadingItems(items, { sort, filter, matches }), [items, sort, filter, matches]);
  const tags = useMemo(() => [...new Set(items.flatMap((i) => [...i.userTags, ...i.curatedTags]))].sort(), [items]);

  const scroller = useRef<HTMLDivElement>(null);
  // The first render draws the rows in view alone; those beyond them come once it is painted.
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    // Until the list's box is known, so that its first render already has rows.
    initialRect: POPUP_LIST_BOX,
    observeElementRect: observeListBox,
    scrollToFn: scrollList,
    measureElement: rowHeight,
    overscan: painted ? 6 : 0,
    getItemKey: (i) => shown[i]!.id,
  });
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if ((event.target as HTMLElement).closest('input, textarea, select')) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(shown.length - 1, activeIndex + (event.key === 'ArrowDown' ? 1 : -1)));
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] [data-testid="reading-item"]`)?.focus());
  };

  return (
    <section className="rl" aria-label="Reading list">
      <div className="rl-tools">
        <input
          className="rl-search"
          type="search"
          data-action="search"
          placeholder={`Search ${total === undefined ? '' : `${total} `}papers: titles, summaries, tags, notes`}
          aria-label="Search the reading list"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <div className="rl-filters">
          <select
            aria-label="Sort by"
            data-action="sort"
            value={sort}
            onChange={(e) => setSort(e.target.value as SortKey)}
            disabled={matches !== null}
          >
            <option value="added">newest added</option>
            <option value="title">title</option>
            <option value="published">newest published</option>
          </select>
          <select
            aria-label="Show state"
            data-action="filter-state"
            value={filter.state}
            onChange={(e) => setFilter({ ...filter, state: e.target.value as ReadingFilter['state'] })}
          >
            <option value="all">all states</option>
            {READING_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </select>
          <select
            aria-label="Show tag"
            data-action="filter-tag"
            value={filter.tag ?? ''}
            onChange={(e) => setFilter({ ...filter, tag: e.target.value || null })}
          >
            <option value="">all tags</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <span className="rl-count" aria-live="polite">
            {total === undefined ? '' : shown.length === items.length ? `${total} papers` : `${shown.length} of ${total}`}
          </span>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="rl-empty">{items.length === 0 ? 'Nothing saved yet: save papers from arXiv or Hugging Face pages.' : 'No paper matches.'}</p>
      ) : (
        <div className="rl-scroll" ref={scroller} onKeyDown={onKeyDown}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = shown[row.index]!;
              return (
                <div
                  key={row.key}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className="rl-row"
                  style={{ transform: `translateY(${row.start}px)` }}
                  onFocus={() => setActive(row.index)}
                >
                  <ReadingItem
                    item={item}
                    suggestions={suggestions}
                    actions={actions}
                    active={row.index === activeIndex}
                    noteOpen={openNote === item.id}
                    onNoteOpenChange={(open) => setOpenNote(open ? item.id : null)}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

/** The search index, built when the browser is idle after the list first shows, and again when it changes. */
function useSearchIndex(items: Item[]): MiniSearch<Item> | null {
  const [index, setIndex] = useState<MiniSearch<Item> | null>(null);
  useEffect(() => {
    const build = () => setIndex(buildReadingIndex(items));
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(build, { timeout: 500 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(build, 50);
    return () => clearTimeout(handle);
  }, [items]);
  return index;
}
