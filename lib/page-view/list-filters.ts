/** What the bar above a list filters on: kept apart from the bar's component so page state needs no UI to name it. */
export interface ListFilters {
  summarizedOnly: boolean;
  tag: string | null;
  hideSaved: boolean;
  /** Only papers not shown before this visit of the list. */
  unseenOnly: boolean;
  hideCrossLists: boolean;
  hideReplacements: boolean;
  /** Only the list's best matches for the user's own papers. */
  forYouOnly: boolean;
}

export const NO_FILTERS: ListFilters = {
  summarizedOnly: false,
  tag: null,
  hideSaved: false,
  unseenOnly: false,
  hideCrossLists: false,
  hideReplacements: false,
  forYouOnly: false,
};

/** The order a list's entries are shown in: arXiv's, or within each section the best matches for the user first. */
export type ListOrder = 'page' | 'relevance';

/** Whether any filter leaves entries out. */
export function isFiltering(filters: ListFilters): boolean {
  return Object.values(filters).some((value) => value !== false && value !== null);
}
