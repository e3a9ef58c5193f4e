// @vitest-environment jsdom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { PaperActions } from '@/components/page/paper-actions';
import { PaperRow } from '@/components/page/paper-row';
import type { Summary } from '@/lib/pack/schema';
import type { PaperInfo } from '@/lib/paper/paper-info';
import { isKeySentence, KEY_SENTENCE_SOURCE, shownSummaries } from '@/lib/paper/best-summary';
import { CROCI_ABSTRACT } from '../../helpers/abstracts';
import { mount } from '../../helpers/mount';

const person: Summary = { source: 'AI Timeline', text: 'What a person wrote.' };
const model: Summary = { source: 'Semantic Scholar TLDR', text: 'What a model wrote.', generated: true };
const noop = () => undefined;
const actions: PaperActions = { toggleSave: noop, addTag: noop, removeTag: noop, hideSource: noop, openNote: noop, suggestTags: noop };
const info = { summaries: [], curatedTags: [], userTags: [], saved: null };

let root: HTMLElement;

function row(summaries: Summary[], { expanded = false, abstract }: { expanded?: boolean; abstract?: string } = {}) {
  root = mount(
    <PaperRow
      id="2401.00001"
      info={{ ...info, summaries: summaries.filter((s) => !isKeySentence(s)) }}
      summaries={summaries}
      abstract={abstract}
      suggestions={[]}
      expanded={expanded}
      summaryLimit={3}
      actions={actions}
      onExpandedChange={noop}
      tagging={false}
      onTaggingChange={noop}
    />,
  );
  const sources = (selector: string) =>
    [...root.querySelectorAll(`${selector} [data-summary-source], ${selector}[data-summary-source]`)].map((s) =>
      s.getAttribute('data-summary-source'),
    );
  return {
    line: sources('.lens-line'),
    unfolded: sources('.lens-row-summaries'),
    marker: root.querySelector('[data-summarized]')?.textContent ?? null,
    label: root.querySelector('.lens-line .lens-ai')?.textContent ?? null,
    keySentence: root.querySelector('.lens-line [data-key-sentence]') !== null,
  };
}

describe('a row', () => {
  it('follows each new answer for its paper: saved, then tagged, then unsaved', () => {
    let answer: (next: PaperInfo) => void = noop;
    function Answered() {
      const [now, setNow] = useState<PaperInfo>(info);
      answer = setNow;
      return (
        <PaperRow
          id="2401.00001"
          info={now}
          summaries={[]}
          suggestions={[]}
          expanded={false}
          summaryLimit={3}
          actions={actions}
          onExpandedChange={noop}
          tagging={false}
          onTaggingChange={noop}
        />
      );
    }
    root = mount(<Answered />);
    const pressed = () => root.querySelector('[data-action="save"]')!.getAttribute('aria-pressed');
    const tags = () => [...root.querySelectorAll('[data-tag]')].map((tag) => tag.getAttribute('data-tag'));
    expect(pressed()).toBe('false');
    const saved = { state: 'to-read' as const, addedAt: 1 };
    act(() => answer({ ...info, saved }));
    expect(pressed()).toBe('true');
    act(() => answer({ ...info, saved: { ...saved }, userTags: ['later'] }));
    expect(tags()).toEqual(['later']);
    act(() => answer({ ...info, userTags: ['later'] }));
    expect(pressed()).toBe('false');
    expect(tags()).toEqual(['later']);
  });

  it("shows a person's summary in its line before a model's, and unfolds both", () => {
    const summaries = shownSummaries([model, person], () => CROCI_ABSTRACT);
    expect(row(summaries)).toMatchObject({ line: ['AI Timeline'], unfolded: [], marker: '2 summaries' });
    expect(row(summaries, { expanded: true })).toMatchObject({ line: [], unfolded: ['AI Timeline', 'Semantic Scholar TLDR'], marker: '2 summaries' });
  });

  it('shows the key sentence only when it has nothing better, with no marker to unfold', () => {
    expect(row(shownSummaries([model], () => CROCI_ABSTRACT)).line).toEqual(['Semantic Scholar TLDR']);
    expect(row(shownSummaries([], () => CROCI_ABSTRACT))).toEqual({
      line: [KEY_SENTENCE_SOURCE],
      unfolded: [],
      marker: null,
      label: 'not AI-generated',
      keySentence: true,
    });
    expect(row(shownSummaries([], () => undefined))).toMatchObject({ line: [], unfolded: [], marker: null });
  });

  it("does not say a pack's summary under the key sentence's name is the abstract's own, unwritten by a model", () => {
    const namesake: Summary = { source: KEY_SENTENCE_SOURCE, text: 'Whatever the pack says.' };
    expect(row(shownSummaries([namesake], () => CROCI_ABSTRACT))).toEqual({
      line: [KEY_SENTENCE_SOURCE],
      unfolded: [],
      marker: 'summary',
      label: null,
      keySentence: false,
    });
  });

  it('offers its abstract, as text, only when the page does not show it', () => {
    const summaries = shownSummaries([], () => CROCI_ABSTRACT);
    row(summaries);
    expect(root.querySelector('[data-action="abstract"]')).toBeNull();
    row(summaries, { abstract: '<b>not markup</b> ' + CROCI_ABSTRACT });
    const toggle = root.querySelector<HTMLButtonElement>('[data-action="abstract"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-abstract]')!.textContent).toBe('<b>not markup</b> ' + CROCI_ABSTRACT);
    expect(root.querySelector('b')).toBeNull();
  });
});
