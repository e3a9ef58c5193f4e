/**
 * How KEY_SENTENCE_WEIGHTS were chosen: coordinate ascent over each weight on a grid, maximizing
 * the mean ROUGE-1 of the chosen sentence on SciTLDR-A's train split only (dev and test stay
 * unseen). Prints the weights to paste into lib/summary/key-sentence.ts.
 * Run: `SCITLDR_DIR=… npx tsx bench/tune-key-sentence.ts`.
 */
import { cleanText } from '../lib/summary/clean';
import { clipAtClause } from '../lib/summary/clip';
import { bestSentence, KEY_SENTENCE_WEIGHTS, sentenceFeatures, type SentenceFeatures, type SentenceWeights } from '../lib/summary/key-sentence';
import { splitSentences } from '../lib/summary/sentences';
import { bestRouge } from './rouge';
import { abstractOf, loadScitldr, SCITLDR_HOWTO, scitldrDir } from './scitldr';

const dir = scitldrDir();
if (!dir) {
  console.log(SCITLDR_HOWTO);
} else {
  // Each paper's candidates as keySentence sees them, with the ROUGE-1 each would score if chosen.
  const papers = loadScitldr(dir, 'train').map((paper) => {
    const sentences = splitSentences(abstractOf(paper))
      .map(cleanText)
      .filter((s) => /[\p{L}\p{N}]/u.test(s));
    return {
      features: sentenceFeatures(sentences, cleanText(paper.title)),
      r1: sentences.map((s) => bestRouge(clipAtClause(s), paper.target).r1),
    };
  });
  const objective = (weights: SentenceWeights) =>
    (100 * papers.reduce((sum, p) => sum + (p.features.length ? p.r1[bestSentence(p.features, weights)]! : 0), 0)) / papers.length;

  const weights = { ...KEY_SENTENCE_WEIGHTS };
  let best = objective(weights);
  console.log(`start: ROUGE-1 ${best.toFixed(2)} on ${papers.length} train papers`);
  const grid = Array.from({ length: 33 }, (_, i) => (i - 16) * 0.25);
  for (let round = 0; round < 6; round++) {
    let moved = false;
    for (const key of Object.keys(weights) as (keyof SentenceFeatures)[]) {
      for (const value of grid) {
        const tried = { ...weights, [key]: value };
        const score = objective(tried);
        // Only a clear gain moves a weight, so that ties keep the simpler (earlier) setting.
        if (score > best + 1e-9) {
          best = score;
          weights[key] = value;
          moved = true;
        }
      }
    }
    console.log(`round ${round + 1}: ROUGE-1 ${best.toFixed(2)}`);
    if (!moved) break;
  }
  console.log(JSON.stringify(weights, null, 2));
}
