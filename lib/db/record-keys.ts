/** The primary key of a paper record: `<packKey>|<id>`, or `<packKey>|t:<title key>` for a paper known by its title alone. */
export function recordKey(packKey: string, id: string | null, titleKey: string | null): string {
  return `${packKey}|${id ?? `t:${titleKey}`}`;
}

/** The id or title key a record's primary key is about. */
export function keyTail(key: string): { id: string } | { title: string } {
  // Neither an id nor a title key holds a "|".
  const tail = key.slice(key.lastIndexOf('|') + 1);
  return tail.startsWith('t:') ? { title: tail.slice(2) } : { id: tail };
}
