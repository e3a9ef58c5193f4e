import { cleanText } from './clean';
import { clipAtClause } from './clip';
import { splitSentences } from './sentences';

/**
 * The sentence of an abstract that states what the paper contributes, chosen by a small linear
 * score over what such sentences look like: words shared with the rest of the abstract and with
 * the title, a cue phrase ("we propose", "in this paper"), their length, and no background cues
 * ("recently", "has attracted"). Deterministic, no model: the same in every browser and in Node.
 */

export interface KeySentence {
  /** Plain text (never markup), at most `KEY_SENTENCE_CHARS` long. */
  text: string;
  /** Its place among the abstract's sentences, from 0. */
  index: number;
}

/** What the score looks at in one sentence, each 0..1. */
export interface SentenceFeatures {
  /** The first sentence with a cue of the paper's own work ("we study", "this paper", "our method"): abstracts state the contribution once, then elaborate. */
  firstContribution: number;
  /** The strongest cues: "we propose", "we introduce", "we present". */
  strongContribution: number;
  /** "we", "our". */
  firstPerson: number;
  /** "recently", "has attracted", "however", "existing": the field, not the paper. */
  background: number;
  /** "code is available at", a URL. */
  aside: number;
  first: number;
  /** Under 8 words. */
  short: number;
  /** Over 45 words. */
  long: number;
  /** Words shared with the abstract's other sentences, on average. */
  centrality: number;
  /** Words shared with the title. */
  title: number;
}

export type SentenceWeights = Record<keyof SentenceFeatures, number>;

/**
 * Tuned on SciTLDR-A's train split (bench/tune-key-sentence.ts), for ROUGE-1 against its TLDRs.
 * What the paper is about (shared words) decides most; the cues break ties between such sentences.
 * A cue on any sentence, a result cue, and the second, third or last place gained nothing there.
 */
export const KEY_SENTENCE_WEIGHTS: SentenceWeights = {
  strongContribution: 0.25,
  firstContribution: 0.5,
  firstPerson: 0.5,
  background: -0.25,
  aside: -0.75,
  first: 0.25,
  short: -0.25,
  long: -0.25,
  centrality: 5,
  title: 2.25,
};

const CONTRIBUTION =
  /\b(?:we (?:propose|introduce|present|develop|describe|design|devise|formulate|offer|provide|study|investigate|explore|analy[sz]e|consider|address|establish|derive|prove|show|demonstrate|find|argue|extend|apply|leverage|use)|this (?:paper|work|article|study|note)|in this (?:paper|work|article|study)|here,? we|our (?:method|approach|model|framework|algorithm|system|work|contribution|results?|analysis|technique)|(?:is|are) proposed|novel)\b/;
const STRONG_CONTRIBUTION =
  /\b(?:we (?:propose|introduce|present|develop|design|devise)|this (?:paper|work) (?:propose|introduce|present)s?|in this (?:paper|work),? we (?:propose|introduce|present|develop))\b/;
const FIRST_PERSON = /\b(?:we|our|us)\b/;
const BACKGROUND =
  /\b(?:recent(?:ly)?|has (?:attracted|received|been|become|shown|gained)|have (?:attracted|received|been|become|shown|gained)|however|existing|remains?|challeng\w*|widely|popular|increasingly|traditional(?:ly)?|conventional|typically|commonly|often|prior work|previous (?:work|methods|approaches))\b/;
const ASIDE =
  /\b(?:code|implementation|data ?sets?|models?) (?:is|are|will be) (?:publicly |freely )?(?:available|released)|github\.com|https?:\/\/|\burl\b/;

const STOPWORDS = new Set(
  'the a an and or of to in on for with by from as at is are was were be been being this that these those it its we our us they their which who whom what when where how than then there such can could may might will would should do does did not no into over under between both each more most other some only also very via using based use used show shows paper work approach method methods model models propose proposed new results'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu)) {
    const word = m[0];
    if (word.length > 2 && !STOPWORDS.has(word)) words.add(word.replace(/(?:ies|es|s)$/, ''));
  }
  return words;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** Each sentence's features, given the abstract's sentences as plain text and the paper's title. */
export function sentenceFeatures(sentences: readonly string[], title = ''): SentenceFeatures[] {
  const n = sentences.length;
  const words = sentences.map(contentWords);
  const titleWords = contentWords(title);
  const firstContribution = sentences.findIndex((s) => CONTRIBUTION.test(s.toLowerCase()));
  return sentences.map((sentence, i) => {
    const lower = sentence.toLowerCase();
    const length = sentence.split(/\s+/).length;
    let centrality = 0;
    for (let j = 0; j < n; j++) if (j !== i) centrality += overlap(words[i]!, words[j]!);
    return {
      strongContribution: STRONG_CONTRIBUTION.test(lower) ? 1 : 0,
      firstContribution: i === firstContribution ? 1 : 0,
      firstPerson: FIRST_PERSON.test(lower) ? 1 : 0,
      background: BACKGROUND.test(lower) ? 1 : 0,
      aside: ASIDE.test(lower) ? 1 : 0,
      first: i === 0 ? 1 : 0,
      short: length < 8 ? 1 : 0,
      long: length > 45 ? 1 : 0,
      centrality: n > 1 ? centrality / (n - 1) : 0,
      title: overlap(words[i]!, titleWords),
    };
  });
}

/** The place of the best-scoring sentence; the earliest of equals. */
export function bestSentence(features: readonly SentenceFeatures[], weights: SentenceWeights = KEY_SENTENCE_WEIGHTS): number {
  let best = -1;
  let bestScore = -Infinity;
  features.forEach((f, i) => {
    let score = 0;
    for (const key in weights) score += weights[key as keyof SentenceFeatures] * f[key as keyof SentenceFeatures];
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The abstract's key sentence as plain text, or null when it has no sentence with a word in it. */
export function keySentence(abstract: string, title = ''): KeySentence | null {
  const sentences = splitSentences(abstract)
    .map((raw, index) => ({ text: cleanText(raw), index }))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  if (sentences.length === 0) return null;
  const chosen =
    sentences[
      bestSentence(
        sentenceFeatures(
          sentences.map((s) => s.text),
          cleanText(title),
        ),
      )
    ]!;
  return { text: clipAtClause(chosen.text), index: chosen.index };
}
