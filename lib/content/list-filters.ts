/** What the bar above a list filters on: kept apart from the bar's component so page state needs no UI to name it. */
export interface ListFilters {
  summarizedOnly: boolean;
  tag: string | null;
  hideSaved: boolean;
}

export const NO_FILTERS: ListFilters = { summarizedOnly: false, tag: null, hideSaved: false };
