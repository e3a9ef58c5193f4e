/** The sources that fill the store besides packs. */
export const SOURCE_IDS = ['hf-daily', 'hf-paper', 'semantic-scholar', 'arxiv'] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * A source's papers live in the papers table under this origin key (stored as `packKey`); `page` holds what arXiv's own
 * pages showed of the papers saved from them. Subscribed packs are keyed by
 * their https URL and the bundled one by `bundled`, so a `source:` key can never collide.
 */
export const SOURCE_ORIGIN_KEYS: Record<SourceId | 'page', string> = {
  'hf-daily': 'source:hf-daily',
  'hf-paper': 'source:hf-paper',
  'semantic-scholar': 'source:semantic-scholar',
  arxiv: 'source:arxiv',
  page: 'source:page',
};

/** The host a match pattern such as `https://api.semanticscholar.org/*` names. */
export function originHost(origin: string): string {
  return new URL(origin.replace('*', 'x')).host;
}

/**
 * On unless the user turned it off (reveals nothing about the user), or off until they turn it on
 * (tells a third party which papers they view). Here, not on the sources, so that the popup can
 * read it without loading any source's code.
 */
export const SOURCE_DEFAULT_ON: Record<SourceId, boolean> = {
  'hf-daily': true,
  'hf-paper': false,
  'semantic-scholar': false,
  arxiv: true,
};
