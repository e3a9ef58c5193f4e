/** The user's calendar day of a moment, `YYYY-MM-DD` in local time: "the same day" as the user lives it, not UTC's. */
export function localDay(at: number): string {
  const date = new Date(at);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
