import { describe, expect, it } from 'vitest';
import { bestSummary, isKeySentence, KEY_SENTENCE_SOURCE, keySentenceSummary, rankedSummaries, shownSummaries } from '@/lib/paper/best-summary';
import type { Summary } from '@/lib/pack/schema';
import { CROCI_ABSTRACT } from '../../helpers/abstracts';

const person: Summary = { source: 'AI Timeline', text: 'What a person wrote.' };
const otherPerson: Summary = { source: 'Reading group', text: 'What another person wrote.' };
const model: Summary = { source: 'Hugging Face Daily Papers', text: 'What a model wrote.', generated: true };
const tldr: Summary = { source: 'Semantic Scholar TLDR', text: 'What another model wrote.', generated: true, model: 'tldr@v2' };
const keySentence = keySentenceSummary(CROCI_ABSTRACT)!;
/** A pack's summary that took the key sentence's name (one stored before packs' names were checked). */
const namesake: Summary = { source: KEY_SENTENCE_SOURCE, text: 'What a person wrote, under that name.' };

describe('the best line', () => {
  it("is a person's summary before a model's, whatever order the merge gave them", () => {
    expect(bestSummary([model, tldr, person])).toBe(person);
    expect(bestSummary([tldr, model])).toBe(tldr);
  });

  it("is the abstract's key sentence only when nothing else is there", () => {
    expect(bestSummary([keySentence, tldr])).toBe(tldr);
    expect(bestSummary([keySentence])).toBe(keySentence);
    expect(bestSummary([])).toBeUndefined();
  });

  it("is a person's summary that took the key sentence's name: it is known by how it was made, not by its name", () => {
    expect(isKeySentence(keySentence)).toBe(true);
    expect(isKeySentence(namesake)).toBe(false);
    expect(isKeySentence({ ...keySentence })).toBe(false);
    expect(bestSummary([keySentence, namesake])).toBe(namesake);
    expect(rankedSummaries([keySentence, model, namesake])).toEqual([namesake, model, keySentence]);
  });

  it('keeps every summary, people first, each group in the order it came', () => {
    expect(rankedSummaries([model, person, keySentence, tldr, otherPerson])).toEqual([person, otherPerson, model, tldr, keySentence]);
  });
});

describe('what a paper shows', () => {
  it('a paper with summaries shows them, best first, and its abstract is never read', () => {
    let read = 0;
    const shown = shownSummaries([tldr, person], () => {
      read++;
      return CROCI_ABSTRACT;
    });
    expect(shown).toEqual([person, tldr]);
    expect(read).toBe(0);
  });

  it('a paper without any shows the sentence of its abstract that says what it contributes, labelled as such', () => {
    const [line, ...rest] = shownSummaries([], () => CROCI_ABSTRACT, 'Crowdsourcing open citations with CROCI');
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ source: 'Key sentence from the abstract' });
    expect(line!.generated).toBeUndefined();
    expect(line!.text).toContain('we propose a strategy');
    expect(CROCI_ABSTRACT).toContain(line!.text.replace(/…$/, ''));
  });

  it('a paper without a summary or an abstract shows nothing', () => {
    expect(shownSummaries([], () => undefined)).toEqual([]);
    expect(shownSummaries([], () => '$$ $$')).toEqual([]);
  });
});
