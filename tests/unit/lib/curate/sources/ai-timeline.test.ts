import { describe, expect, it } from 'vitest';
import { findMojibake } from '@/lib/curate/mojibake';
import { aiTimeline } from '@/lib/curate/sources/ai-timeline';
import { SEED_FILES, seed } from '../seeds';

describe('AI Timeline parser on the real issue #9', () => {
  const result = aiTimeline.parse(seed(SEED_FILES.aiTimeline));

  it('reads the three papers with their topic label and the week end as date', () => {
    expect(result.entries.map((e) => [e.title, e.tags])).toEqual([
      ['Diffusion on Syntax Trees for Program Synthesis', ['Diffusion']],
      ['Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality', ['Mamba']],
      ['To Believe or Not to Believe Your LLM', ['LLM']],
    ]);
    for (const entry of result.entries) expect(entry.summary?.date).toEqual({ month: 6, day: 9 });
  });

  it('reports the three industry news items as skipped, not as papers', () => {
    expect(result.skipped).toHaveLength(3);
    expect(result.skipped.map((s) => s.entry.slice(0, 20))).toEqual(['Stability AI launche', 'The new Qwen2 series', 'KWAI released a text']);
    for (const skipped of result.skipped) expect(skipped.reason).toMatch(/industry news/);
  });

  it('keeps each summary to its own paper, without authors, likes or the comment box', () => {
    const [first, second, third] = result.entries.map((e) => e.summary!.text);
    expect(first).toMatch(/^Introduction to Diffusion on Syntax Trees\n\n/);
    expect(first).toMatch(/continuous parameters\.$/);
    expect(second).toMatch(/^Introduction to Mamba-2\n\n/);
    expect(second).not.toContain('Yadkori');
    expect(third).toMatch(/queries with higher entropy\.$/);
    for (const text of [first, second, third]) expect(text).not.toMatch(/♥|Reply|et al\. \[/);
  });

  it('repairs the mojibake in what it returns', () => {
    const text = result.entries.map((e) => e.summary!.text).join('\n');
    expect(findMojibake(text)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(text).toContain('the program’s runtime output');
    expect(text).toContain('faster performance (2-8×)');
    expect(text).toContain('like “Name a type of fruit.”');
    expect(text).not.toMatch(/[āĪ€™]/);
  });
});
