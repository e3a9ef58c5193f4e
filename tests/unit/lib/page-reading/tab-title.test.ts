import { expect, it } from 'vitest';
import { paperTitleFromTab } from '@/lib/page-reading/tab-title';

it.each([
  ['[2405.20519] Diffusion On Syntax Trees For Program Synthesis', 'Diffusion On Syntax Trees For Program Synthesis'],
  ['[hep-th/9901001] Old Paper', 'Old Paper'],
  ['Paper page - Transformers are SSMs', 'Transformers are SSMs'],
  ['2405.20519v2.pdf', undefined],
  ['', undefined],
  [undefined, undefined],
])('reads the paper title from the tab title %j', (tabTitle, title) => {
  expect(paperTitleFromTab(tabTitle)).toBe(title);
});
