/**
 * A DOI as arXiv Lens takes it from a pack, a source or a file: `10.`, the registrant's digits,
 * `/`, then printable ASCII without spaces, braces, backslash or double quote. Exports write a DOI
 * as it is (BibTeX's `doi` is verbatim), so none of those may open or close a value there.
 */
export const DOI_PATTERN = /^10\.\d{4,9}\/[\x21\x23-\x5b\x5d-\x7a\x7c\x7e]+$/;
