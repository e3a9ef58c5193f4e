/** Parameters that page through one list rather than make another. */
const PAGING = new Set(['skip', 'show', 'start', 'size']);

/**
 * What one listing is, for its visits and its triage: the host and path, and for a search its query.
 * The pages of a long listing (`skip`, `show`) are the same listing.
 */
export function listKeyOf(href: string): string {
  const url = new URL(href);
  const kept = [...url.searchParams].filter(([name]) => !PAGING.has(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(kept).toString();
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
}
