/** Parameters that page through one list, or change how it is shown, rather than make another. */
const NOT_THE_LIST = new Set(['skip', 'show', 'start', 'size', 'page', 'abs', 'submit']);

/**
 * The path arXiv serves the same list at: the archive form's `/list?archive=cs&year=2024&month=06`
 * is `/list/cs/2024-06`, and an author's `.html` page is the author's page.
 */
function canonicalPath(url: URL): { path: string; used: ReadonlySet<string> } {
  const path = url.pathname.replace(/\/+$/, '');
  const archive = url.searchParams.get('archive');
  const year = url.searchParams.get('year');
  if (path === '/list' && archive && year) {
    const month = url.searchParams.get('month');
    const period = month && month !== 'all' ? `${year}-${month.padStart(2, '0')}` : year;
    return { path: `/list/${archive}/${period}`, used: new Set(['archive', 'year', 'month']) };
  }
  return { path: path.replace(/^(\/a\/[^/]+)\.html$/i, '$1'), used: new Set() };
}

/**
 * What one listing is, for its visits and its triage: the host and path, and for a search its query.
 * The pages of a long listing (`skip`, `show`, a catch-up's `page`) and its views (a catch-up with
 * or without abstracts) are the same listing.
 */
export function listKeyOf(href: string): string {
  const url = new URL(href);
  const { path, used } = canonicalPath(url);
  const kept = [...url.searchParams].filter(([name]) => !NOT_THE_LIST.has(name) && !used.has(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(kept).toString();
  return `${url.hostname.replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`;
}
