import { describe, expect, it } from 'vitest';
import { matchingTags, SUGGESTED_TAGS } from '@/lib/paper/tag-matches';

const TAGS = ['to discuss', 'diffusion', 'classic', 'code generation', 'Discrete', 'sampling'];

describe('the tags a tag field suggests', () => {
  it('are none until something is typed', () => {
    expect(matchingTags(TAGS, '')).toEqual([]);
    expect(matchingTags(TAGS, '   ')).toEqual([]);
  });

  it('are those holding the typed text, whatever its case, those starting with it first', () => {
    expect(matchingTags(TAGS, 'DIS')).toEqual(['Discrete', 'to discuss']);
    expect(matchingTags(TAGS, 'c')).toEqual(['classic', 'code generation', 'to discuss', 'Discrete']);
  });

  it("leave out the paper's own tags and stop at a few", () => {
    expect(matchingTags(TAGS, 'dis', ['to discuss'])).toEqual(['Discrete']);
    const many = Array.from({ length: 30 }, (_, i) => `topic ${i}`);
    expect(matchingTags(many, 'topic')).toHaveLength(SUGGESTED_TAGS);
  });
});
