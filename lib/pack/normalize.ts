const ASCII = /^[\u0020-\u007e]*$/;

/**
 * The key of a paper known only by its title: lower case, accents and punctuation dropped,
 * spacing folded, so the same title matches across a newsletter, a pack and an arXiv page.
 */
export function normalizeTitle(title: string): string {
  // Nearly every title is printable ASCII, which decomposes to itself and whose letters and digits are a-z and 0-9 once lower-cased.
  if (ASCII.test(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Tags are lower case, single-spaced and short, whoever wrote them. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Plain text as packs carry it: normalized line ends, paragraphs separated by one blank line. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}
