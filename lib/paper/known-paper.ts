import type { PackPaper, Summary } from '../pack/schema';

/**
 * Everything known of one paper, from every pack and source that holds it: the shape every reader
 * (page panels and rows, popup, badge, exports) takes, made by `mergePaper` alone.
 */
export type KnownPaper = Omit<PackPaper, 'id' | 'title' | 'tags' | 'summaries'> & {
  id: string;
  title?: string;
  summaries: Summary[];
  /** Tags from packs and sources; the user's own are kept apart. */
  curatedTags: string[];
};
