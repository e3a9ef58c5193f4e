/**
 * sha256 of a document, in hex: how packs and shards are told apart without comparing their contents.
 * A text is hashed as its UTF-8 bytes, so a fetched document's own bytes give the same hash.
 */
export async function sha256(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
