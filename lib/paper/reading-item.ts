import type { Summary } from '../pack/schema';
import type { ReadingState } from './reading-states';

/** One reading-list paper with everything the popup shows and searches. */
export interface ReadingItem {
  id: string;
  title: string;
  addedAt: number;
  updatedAt: number;
  state: ReadingState;
  published?: string;
  userTags: string[];
  curatedTags: string[];
  note: string;
  summaries: Summary[];
  /** The latest version, when arXiv has one newer than the version saved. */
  newerVersion?: number;
}
