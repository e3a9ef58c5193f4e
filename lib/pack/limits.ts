// Apart from the schema so that the content script can use them without bundling Zod.
/** Bounds that keep one pack from filling the user's disk or freezing the page that shows it. */
export const PACK_LIMITS = {
  papers: 200_000,
  titleChars: 1_000,
  textChars: 20_000,
  authors: 500,
  authorChars: 300,
  tags: 30,
  tagChars: 48,
  summaries: 20,
} as const;
