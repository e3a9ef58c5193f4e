import { describe, expect, it } from 'vitest';
import { docTerms } from '@/lib/ranking/tokens';
import type { RankDoc } from '@/lib/ranking/types';

function terms(doc: Omit<RankDoc, 'id'>): [string, string][] {
  const seen: [string, string][] = [];
  docTerms({ id: 'x', ...doc }, (term, surface) => seen.push([term, surface]));
  return seen;
}

describe('docTerms', () => {
  it('stems title and abstract words, lowercased, keeping how the paper spells them', () => {
    expect(terms({ title: 'Selective State Spaces', abstract: 'Mamba models sequences.' })).toEqual([
      ['select', 'Selective'],
      ['state', 'State'],
      ['space', 'Spaces'],
      ['mamba', 'Mamba'],
      ['model', 'models'],
      ['sequenc', 'sequences'],
    ]);
  });

  it('drops stopwords, abstract boilerplate, single letters and bare numbers, but keeps words with digits', () => {
    expect(terms({ abstract: 'We propose a novel method with 7 layers: GPT-4 and T5 were used in the paper.' }).map(([t]) => t)).toEqual([
      'layer',
      'gpt',
      't5',
    ]);
  });

  it('gives authors and categories namespaces of their own, whatever the name order or accents', () => {
    expect(terms({ authors: ['Albert Gu', 'Gu, Albert', 'Bernhard Schölkopf'], categories: ['cs.LG'], title: 'Gu' })).toEqual([
      ['gu', 'Gu'],
      ['a:gu', 'Gu'],
      ['a:gu', 'Gu'],
      ['a:scholkopf', 'Schölkopf'],
      ['c:cs.LG', 'cs.LG'],
    ]);
  });

  it('reads letters of any script as words', () => {
    expect(terms({ title: 'Über Modelle für Sprache, Schrödinger' }).map(([, s]) => s)).toEqual(['Über', 'Modelle', 'für', 'Sprache', 'Schrödinger']);
    expect(terms({ title: 'Schro\u0308dinger—bridge' }).map(([, s]) => s)).toEqual(['Schro\u0308dinger', 'bridge']);
  });
});
