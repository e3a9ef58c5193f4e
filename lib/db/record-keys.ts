import { decodeKeyPart, encodeKeyPart } from './key-parts';

/** The primary key of a paper record: `<originKey>|<id>`, or `<originKey>|t:<title key>` for a paper known by its title alone. */
export function recordKey(originKey: string, id: string | null, titleKey: string | null): string {
  return `${encodeKeyPart(originKey)}|${encodeKeyPart(id ?? `t:${titleKey}`)}`;
}

/** The primary key of a pack's chunk: `<packKey>|<bucket>`. */
export function chunkKey(packKey: string, bucket: string): string {
  return `${encodeKeyPart(packKey)}|${encodeKeyPart(bucket)}`;
}

/** The id or title key a record's primary key is about. */
export function keyTail(key: string): { id: string } | { title: string } {
  const tail = decodeKeyPart(key.slice(key.lastIndexOf('|') + 1));
  return tail.startsWith('t:') ? { title: tail.slice(2) } : { id: tail };
}
