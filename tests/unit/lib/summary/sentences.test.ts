import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/summary/sentences';

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by space', () => {
    expect(splitSentences('We study X. Is it hard? Yes! It is.')).toEqual(['We study X.', 'Is it hard?', 'Yes!', 'It is.']);
  });

  it('keeps abbreviations, decimals and references inside their sentence', () => {
    const text =
      'Methods, e.g. transformers, i.e. attention models, work (Smith et al. 2020). ' +
      'See Fig. 3 and Eq. 2 for details, cf. Smith. Accuracy rises from 3.5 to 4.25 points vs. the baseline. ' +
      'It was released in Oct. 2017 in the U.S. by the team.';
    expect(splitSentences(text)).toEqual([
      'Methods, e.g. transformers, i.e. attention models, work (Smith et al. 2020).',
      'See Fig. 3 and Eq. 2 for details, cf. Smith.',
      'Accuracy rises from 3.5 to 4.25 points vs. the baseline.',
      'It was released in Oct. 2017 in the U.S. by the team.',
    ]);
  });

  it('does not split inside TeX math or a URL, and splits after them', () => {
    const text = 'The cost is $O(n. \\log n)$ and $$x. Y$$ holds. Code is at https://github.com/a/b.c. We also show \\(a. B\\) here.';
    expect(splitSentences(text)).toEqual([
      'The cost is $O(n. \\log n)$ and $$x. Y$$ holds.',
      'Code is at https://github.com/a/b.c.',
      'We also show \\(a. B\\) here.',
    ]);
  });

  it('joins lines wrapped inside a sentence and ends a sentence at a blank line', () => {
    expect(splitSentences('We propose a\nnew method\n\nResults follow.')).toEqual(['We propose a new method', 'Results follow.']);
  });

  it('ends sentences after a closing quote or bracket, and at CJK full stops', () => {
    expect(splitSentences('He said "it works." (It does.) Then more.')).toEqual(['He said "it works."', '(It does.)', 'Then more.']);
    expect(splitSentences('我们提出了一种新方法。实验表明它有效。')).toEqual(['我们提出了一种新方法。', '实验表明它有效。']);
  });

  it('returns nothing for blank text and the text itself when it has no end', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
    expect(splitSentences('a title-like line without a period')).toEqual(['a title-like line without a period']);
  });
});
