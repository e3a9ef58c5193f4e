/**
 * Letters and digits only, lower case: listings and dataset dumps lose math, spacing and
 * punctuation in different places ("a 256×256 image" becomes "aimage"), never the words around them.
 */
function skeleton(abstract: string): string {
  return abstract
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * How many letters two abstracts must share from their start to be one paper's: about forty words.
 * Different papers do share openings ("Large language models (LLMs) have ...") but not this long;
 * a copy cut short, or damaged further in, still reaches it.
 */
const MIN_SHARED_OPENING = 200;

function sharedOpening(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a[i] === b[i]) i++;
  return i;
}

/** Finds the papers whose known abstract is the given one, up to spacing, case and punctuation. */
export function abstractMatcher(known: readonly { id: string; abstract: string }[]): (abstract: string) => string[] {
  const index = known.map(({ id, abstract }) => ({ id, skeleton: skeleton(abstract) }));
  return (abstract) => {
    const wanted = skeleton(abstract);
    const ids = index.filter((k) => k.skeleton === wanted || sharedOpening(k.skeleton, wanted) >= MIN_SHARED_OPENING).map((k) => k.id);
    return [...new Set(ids)];
  };
}
