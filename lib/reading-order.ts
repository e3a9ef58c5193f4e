import type { ReadingItem } from './paper/reading-item';
import type { ReadingState } from './paper/reading-states';

export type SortKey = 'added' | 'title' | 'published';

export interface ReadingFilter {
  state: ReadingState | 'all';
  tag: string | null;
}

const BY: Record<SortKey, (a: ReadingItem, b: ReadingItem) => number> = {
  added: (a, b) => b.addedAt - a.addedAt,
  title: (a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  // Newest first; papers with no known date last.
  published: (a, b) => (b.published ?? '').localeCompare(a.published ?? ''),
};

/** The list as the popup shows it: filtered, then searched (best match first) or sorted. */
export function orderReadingItems(
  items: readonly ReadingItem[],
  { sort, filter, matches }: { sort: SortKey; filter: ReadingFilter; matches: string[] | null },
): ReadingItem[] {
  const keep = (item: ReadingItem) =>
    (filter.state === 'all' || item.state === filter.state) &&
    (filter.tag === null || item.userTags.includes(filter.tag) || item.curatedTags.includes(filter.tag));
  if (matches) {
    const byId = new Map(items.map((item) => [item.id, item]));
    return matches.map((id) => byId.get(id)).filter((item): item is ReadingItem => item !== undefined && keep(item));
  }
  return items.filter(keep).sort((a, b) => BY[sort](a, b) || a.id.localeCompare(b.id));
}
