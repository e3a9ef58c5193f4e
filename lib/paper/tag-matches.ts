/** How many tags a tag field suggests at once. */
export const SUGGESTED_TAGS = 8;

/**
 * The tags that fit what the user typed, those that start with it first; none for an empty field,
 * so a page is told of a user's tags only as they are typed, a few at a time.
 */
export function matchingTags(tags: readonly string[], text: string, exclude: readonly string[] = [], limit = SUGGESTED_TAGS): string[] {
  const typed = text.trim().toLowerCase();
  if (!typed) return [];
  const fits = tags.filter((tag) => !exclude.includes(tag) && tag.toLowerCase().includes(typed));
  const starts = (tag: string) => tag.toLowerCase().startsWith(typed);
  return [...fits.filter(starts), ...fits.filter((tag) => !starts(tag))].slice(0, limit);
}
