/**
 * Primary keys join their parts with "|". A part is escaped ("%" as `%25`, "|" as `%7C`) so that
 * a pack URL holding a "|" can never read as another pack's key followed by more parts: otherwise
 * removing `https://a.org/x` would take the key range of `https://a.org/x|y` with it.
 */
export function encodeKeyPart(part: string): string {
  return part.replace(/[%|]/g, (char) => (char === '%' ? '%25' : '%7C'));
}

export function decodeKeyPart(part: string): string {
  return part.replace(/%(25|7C)/g, (_, code: string) => (code === '25' ? '%' : '|'));
}

/** The keys `<originKey>|<part>` of one pack or source, and of it only, as an IndexedDB key range. */
export function originKeyRange(originKey: string): [lower: string, upper: string] {
  const prefix = `${encodeKeyPart(originKey)}|`;
  return [prefix, `${prefix}\uffff`];
}
