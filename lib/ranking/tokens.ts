import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { RankDoc } from './types';

/**
 * A paper's terms, each with how the paper spells it: the Porter stems of its title and abstract
 * words, `a:` and each author's last name, and `c:` and each category, so that a name or a
 * category never meets a word of the same spelling. Single words only: adjacent pairs ("state
 * space"), as arxiv-sanity-lite adds, ranked the pack no better (precision at 10 0.45 against
 * 0.46) and took a third of the time of ranking a listing.
 */
export function docTerms(doc: RankDoc, visit: (term: string, surface: string) => void): void {
  docTokens(
    doc,
    (word) => {
      const term = termOf(word);
      if (term) visit(term, word);
    },
    visit,
  );
}

/**
 * The same, in two kinds: title and abstract words as written, for `termOf` to make terms of (a
 * caller may remember what it made of a word), and name and category terms as they are.
 */
export function docTokens(doc: RankDoc, word: (word: string) => void, named: (term: string, surface: string) => void): void {
  if (doc.title) words(doc.title, word);
  if (doc.abstract) words(doc.abstract, word);
  for (const author of doc.authors ?? []) {
    const last = lastName(author);
    if (last) named(`a:${fold(last)}`, last);
  }
  for (const category of doc.categories ?? []) if (category) named(`c:${category}`, category);
}

/**
 * The `stopword` package's English list, and the boilerplate every abstract has: with only a
 * reading list's worth of papers their idf stays high enough for them to become a paper's "words".
 */
const STOPWORDS = new Set([
  ...eng,
  ...['abstract', 'achieve', 'achieves', 'address', 'approach', 'approaches', 'based', 'demonstrate', 'demonstrates', 'existing', 'experiments'],
  ...['however', 'introduce', 'method', 'methods', 'novel', 'paper', 'performance', 'present', 'problem', 'propose', 'proposed', 'provide'],
  ...['result', 'results', 'show', 'shows', 'significant', 'significantly', 'study', 'task', 'tasks', 'use', 'used', 'using', 'via', 'work'],
]);
const LETTER = /\p{L}/u;

/** Word as written → its stem, or '' for a word that is no term; the language's words are few, a page's many. */
const stems = new Map<string, string>();
const MAX_STEMS = 100_000;

/** A word's term, its stem; '' for a stopword, a single letter or a number. */
export function termOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const lower = word.toLowerCase();
    stem = lower.length < 2 || STOPWORDS.has(lower) || !LETTER.test(lower) ? '' : stemmer(lower);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Words are runs of letters (with their combining marks) and digits of any script, found by a loop over the characters rather
 * than Intl.Segmenter or a /[\p{L}\p{N}]+/gu regular expression, both slower on a listing's abstracts
 * (the bench's ranking scenario measures it), where a listing's ranking must not keep the user waiting.
 * (A letter outside the Basic Multilingual Plane, such as a mathematical italic, splits a word.)
 */
function words(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordChar(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]!);
}

/** "Albert Gu" and "Gu, Albert" alike give "Gu". */
function lastName(author: string): string {
  const comma = author.indexOf(',');
  const name = (comma >= 0 ? author.slice(0, comma) : author).trim();
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** "Schölkopf" and "Scholkopf" are one author. */
function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
