import MiniSearch from 'minisearch';
import type { ReadingItem } from '../paper/reading-item';

/**
 * Full-text search over the reading list: titles weigh most, then tags, then notes and summaries.
 * Prefix and light fuzzy matching, so results follow each keystroke.
 */
export function buildReadingIndex(items: readonly ReadingItem[]): MiniSearch<ReadingItem> {
  const index = new MiniSearch<ReadingItem>({
    fields: ['title', 'tags', 'note', 'summaries', 'id'],
    extractField: (item, field) => {
      if (field === 'tags') return [...item.userTags, ...item.curatedTags].join(' ');
      if (field === 'summaries') return item.summaries.map((s) => s.text).join('\n');
      return String(item[field as keyof ReadingItem] ?? '');
    },
    searchOptions: { prefix: true, fuzzy: 0.15, boost: { title: 3, tags: 2, id: 2 }, combineWith: 'AND' },
  });
  index.addAll(items);
  return index;
}

/** Ids matching the query, best first. */
export function searchReadingIndex(index: MiniSearch<ReadingItem>, query: string): string[] {
  return index.search(query).map((result) => String(result.id));
}
