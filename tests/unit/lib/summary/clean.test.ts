import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/summary/clean';

describe('cleanText', () => {
  it('turns TeX math and text commands into plain characters', () => {
    expect(cleanText('runs in $\\mathcal{O}(n^2)$ time')).toBe('runs in O(n^2) time');
    expect(cleanText('an \\emph{exact} and \\textbf{fast} method')).toBe('an exact and fast method');
    expect(cleanText('with $\\alpha \\leq 0.5$ and $\\frac{1}{2}$ of $\\mathbf{\\hat{x}}$')).toBe('with α ≤ 0.5 and 1/2 of x');
    expect(cleanText('improves by 5\\% over~\\cite{smith20} prior work (Fig.~3) --- about ~10x')).toBe(
      'improves by 5% over prior work (Fig. 3) — about ~10x',
    );
    expect(cleanText("``quoted'' text at \\url{https://x.org}")).toBe('"quoted" text at https://x.org');
  });

  it('decodes HTML entities to the characters they stand for', () => {
    expect(cleanText('Gould &amp; Morgan: V&lt;17.5, &#955; &#x3bb; &quot;ok&quot;')).toBe('Gould & Morgan: V<17.5, λ λ "ok"');
    expect(cleanText('&unknown; &#0; stay')).toBe('&unknown; \uFFFD stay');
  });

  it('drops tags and keeps what they wrapped', () => {
    expect(cleanText('a <i>new</i> H<sub>2</sub>O model')).toBe('a new H 2 O model');
  });

  it('keeps hostile markup as inert text: an escaped tag becomes its characters, a real tag disappears', () => {
    expect(cleanText('<img src=x onerror=alert(1)>We propose X.')).toBe('We propose X.');
    expect(cleanText('&lt;script&gt;alert(1)&lt;/script&gt; We propose X.')).toBe('<script>alert(1)</script> We propose X.');
  });

  it('collapses whitespace', () => {
    expect(cleanText('  one\n two\t three  ')).toBe('one two three');
  });
});
