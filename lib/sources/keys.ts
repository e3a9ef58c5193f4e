/** The sources that fill the store besides packs; `page` is what arXiv's own pages show of a paper. */
export const SOURCE_IDS = ['hf-daily', 'hf-paper', 'semantic-scholar', 'arxiv'] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * A source's papers live in the papers table under this pack key. Subscribed packs are keyed by
 * their https URL and the bundled one by `bundled`, so a `source:` key can never collide.
 */
export const SOURCE_PACK_KEYS: Record<SourceId | 'page', string> = {
  'hf-daily': 'source:hf-daily',
  'hf-paper': 'source:hf-paper',
  'semantic-scholar': 'source:semantic-scholar',
  arxiv: 'source:arxiv',
  page: 'source:page',
};

export function isSourcePackKey(packKey: string): boolean {
  return packKey.startsWith('source:');
}
