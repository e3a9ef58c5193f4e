import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHfDailyPapers } from '@/lib/source-apis/hf-papers-api';
import { KEY_SENTENCE_CHARS } from '@/lib/summary/clip';
import { keySentence } from '@/lib/summary/key-sentence';

const hfPapers = parseHfDailyPapers(readFileSync(new URL('../../../fixtures/apis/hf/hf-daily-papers.json', import.meta.url), 'utf8'));
const paper = (title: RegExp) => {
  const found = hfPapers.find((p) => title.test(p.title ?? ''));
  if (!found?.abstract) throw new Error(`no fixture paper ${title}`);
  return found as { title: string; abstract: string };
};

describe('keySentence on real abstracts (Hugging Face daily papers)', () => {
  it.each([
    [/^Breaking the Memory Barrier/, /^To address this, we propose a tile-based computation strategy/],
    [/^LOGO/, /^In this paper, we introduce LOGO\(Long cOntext aliGnment/],
    [/^Unleashing Reasoning Capability/, /^To address this, we introduce ScaleQuest, a scalable and novel data synthesis method/],
    [/^Can Knowledge Editing Really Correct Hallucinations/, /^We proposed HalluEditBench/],
  ])('picks the contribution sentence of %s, not the background before it', (title, expected) => {
    const { abstract, title: fullTitle } = paper(title);
    const chosen = keySentence(abstract, fullTitle);
    expect(chosen?.text).toMatch(expected);
    expect(chosen?.index).toBeGreaterThan(0);
  });
});

describe('keySentence', () => {
  it('answers null when the abstract has no sentence', () => {
    expect(keySentence('')).toBeNull();
    expect(keySentence('   \n\t ')).toBeNull();
    expect(keySentence(' . … ! ')).toBeNull();
  });

  it('returns the only sentence of a one-sentence abstract, cleaned', () => {
    expect(keySentence('We show that $\\mathcal{O}(n^2)$ time is \\emph{optimal} for A &amp; B.')).toEqual({
      text: 'We show that O(n^2) time is optimal for A & B.',
      index: 0,
    });
    expect(keySentence('A heading without a full stop')).toEqual({ text: 'A heading without a full stop', index: 0 });
  });

  it('prefers the sentence stating the contribution over background and asides', () => {
    const abstract =
      'Graph neural networks have attracted much attention recently. However, existing methods scale poorly to large graphs. ' +
      'In this paper, we propose ShardGNN, a method that trains graph neural networks on large graphs by sharding them. ' +
      'Code is available at https://github.com/example/shardgnn.';
    expect(keySentence(abstract, 'ShardGNN: Training Graph Neural Networks on Large Graphs')).toEqual({
      text: 'In this paper, we propose ShardGNN, a method that trains graph neural networks on large graphs by sharding them.',
      index: 2,
    });
  });

  it('does not crash on a non-English abstract and picks one of its sentences', () => {
    const german = 'Wir untersuchen neuronale Netze. Wir schlagen eine neue Methode für neuronale Netze vor. Die Ergebnisse sind gut.';
    expect(keySentence(german)?.text).toMatch(/^Wir (untersuchen|schlagen)/);
    const chinese = '近年来，深度学习受到广泛关注。本文提出了一种新的深度学习方法。实验证明了该方法的有效性。';
    const chosen = keySentence(chinese);
    expect(chosen).not.toBeNull();
    expect(chinese).toContain(chosen!.text);
  });

  it('cuts a very long sentence to 280 characters at a clause, with an ellipsis', () => {
    const clauses = Array.from({ length: 30 }, (_, i) => `a clause number ${i} about the proposed method`).join(', ');
    const chosen = keySentence(`We propose ${clauses}.`);
    expect(Array.from(chosen!.text).length).toBeLessThanOrEqual(KEY_SENTENCE_CHARS);
    expect(chosen!.text).toMatch(/^We propose a clause number 0 .* about the proposed method…$/);
  });

  it('returns markup in an abstract as plain text, never as an element to insert', () => {
    const chosen = keySentence('We propose &lt;img src=x onerror=alert(1)&gt; as a method. <script>alert(2)</script>It works.');
    expect(chosen?.text).toBe('We propose <img src=x onerror=alert(1)> as a method.');
    expect(keySentence('<b>We propose</b> <i>bold</i> ideas.')?.text).toBe('We propose bold ideas.');
  });
});
