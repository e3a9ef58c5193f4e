// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { idFromLink, textWithoutDescriptor } from '@/lib/page-reading/dom';

const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
};

describe('textWithoutDescriptor', () => {
  it("takes out a leading label, as arXiv's listings and abstract pages lead titles with one", () => {
    expect(
      textWithoutDescriptor(element('<div class="list-title">\n  <span class="descriptor">Title:</span> Attention Is All\n You Need\n</div>')),
    ).toBe('Attention Is All You Need');
  });

  it('takes out labels wherever they stand, and keeps a title that repeats its label', () => {
    expect(textWithoutDescriptor(element('<h1>Results <span class="descriptor">Title:</span>on Title: spaces</h1>'))).toBe(
      'Results on Title: spaces',
    );
    expect(textWithoutDescriptor(element('<h1><span class="descriptor">Title:</span> Title: a study <span class="descriptor">x</span></h1>'))).toBe(
      'Title: a study',
    );
    expect(textWithoutDescriptor(element('<h1>No label</h1>'))).toBe('No label');
    expect(textWithoutDescriptor(element('<h1><span class="descriptor">Title:</span></h1>'))).toBeUndefined();
  });
});

describe('idFromLink', () => {
  const base = new URL('https://arxiv.org/list/cs.LG/new');
  const link = (href: string) => element(`<a href="${href}">x</a>`);
  it("reads arXiv's root-relative links and resolves every other kind", () => {
    expect(idFromLink(link('/abs/2501.00001v2'), base)).toEqual({ id: '2501.00001', version: 2 });
    expect(idFromLink(link('/abs/hep-th/9901001'), base)?.id).toBe('hep-th/9901001');
    expect(idFromLink(link('/abs/../abs/2501.00001'), base)?.id).toBe('2501.00001');
    expect(idFromLink(link('../../abs/2501.00002'), base)?.id).toBe('2501.00002');
    expect(idFromLink(link('//arxiv.org/abs/2501.00003'), base)?.id).toBe('2501.00003');
    expect(idFromLink(link('/list/cs.LG/new'), base)).toBeNull();
  });
});
