/**
 * The source a paper's key sentence is shown under: a fixed name, so that the page's DOM contract
 * (`[data-summary-source]`) finds it like any other summary, and the UI can say what it is.
 */
export const KEY_SENTENCE_SOURCE = 'Key sentence from the abstract';

/**
 * Folded when first asked for, not when the module loads: the content script imports this module
 * for the name alone, and the first normalization in a page loads the browser's Unicode tables.
 */
let reserved: string | undefined;

function fold(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A pack's source name, kept apart from the key sentence's: a pack's summary under that name
 * would read as the extension's own pick from the abstract, and a reader (or the DOM contract)
 * could not tell a person's words, or a model's, from it.
 */
export function unreservedSourceName(name: string): string {
  reserved ??= fold(KEY_SENTENCE_SOURCE);
  return fold(name) === reserved ? `${name} (from a pack)` : name;
}
