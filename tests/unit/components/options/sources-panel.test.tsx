// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SourcesPanel, type SourceRow } from '@/components/options/sources-panel';
import { ACCESS_WITHDRAWN } from '@/lib/source-runtime/source-access';
import { mount } from '../../helpers/mount';

let root: HTMLElement;

function render(sources: SourceRow[]) {
  root = mount(
    <SourcesPanel
      sources={sources}
      hiddenSummarySources={[]}
      s2ApiKey=""
      onToggle={async () => null}
      onShowSource={() => undefined}
      onS2ApiKeyChange={() => undefined}
    />,
  );
}

const s2 = (status?: SourceRow['status']): SourceRow => ({
  id: 'semantic-scholar',
  label: 'Semantic Scholar',
  sends: 'ids',
  on: false,
  optIn: true,
  status,
});

describe('SourcesPanel', () => {
  it('shows a source turned off because its access was withdrawn as off, saying why', () => {
    render([s2({ status: 'error', lastError: ACCESS_WITHDRAWN, paperCount: 0 })]);
    const row = root.querySelector('[data-source-id="semantic-scholar"]')!;
    expect(row.getAttribute('data-status')).toBe('off');
    expect(row.querySelector<HTMLInputElement>('input[data-source-toggle]')!.checked).toBe(false);
    expect(row.querySelector('[data-testid="source-error"]')?.textContent).toBe(ACCESS_WITHDRAWN);
  });
});
