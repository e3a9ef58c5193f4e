// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { DataPanel } from '@/components/options/data-panel';
import { importUserData, readImportFile } from '@/lib/exchange/import';
import { freshDb } from '../../helpers/packs';
import { mount } from '../../helpers/mount';

let root: HTMLElement;

/** The options page's import, wired as the options page wires it, given one file. */
async function importThroughPanel(file: File) {
  const db = await freshDb();
  const done = new Promise<void>((resolve) => {
    const onImport = async (picked: File) => {
      try {
        return await importUserData(db, await readImportFile(picked), new Date('2024-06-09T12:00:00Z'));
      } finally {
        setTimeout(resolve);
      }
    };
    root = mount(<DataPanel exportFormats={[]} onExport={async () => undefined} onImport={onImport} />);
  });
  const input = root.querySelector<HTMLInputElement>('input[data-action="import"]')!;
  Object.defineProperty(input, 'files', { value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
  });
  return {
    db,
    error: root.querySelector('[data-testid="import-error"]')?.textContent ?? null,
    report: root.querySelector('[data-testid="import-report"]')?.textContent ?? null,
  };
}

describe('the import on the options page', () => {
  it('shows why a macro bomb was refused, and that nothing changed', async () => {
    const lines = ['@string{m0 = "All work and no play makes a dull paper."}'];
    for (let n = 1; n < 18; n++) lines.push(`@string{m${n} = m${n - 1} # " " # m${n - 1}}`);
    lines.push('@misc{bomb, eprint = {1706.03762}, note = m17}');
    const { db, error, report } = await importThroughPanel(new File([lines.join('\n')], 'refs.bib'));
    expect(error).toMatch(
      /^This BibTeX file was not read: its @string macros are built of one another more than 10 levels deep .* Nothing was changed\.$/,
    );
    expect(report).toBeNull();
    expect(await db.readingList.count()).toBe(0);
  });

  it('says how many dates from the future it set back to now', async () => {
    const backup = JSON.stringify({
      format: 'arxiv-lens-backup',
      version: 1,
      exportedAt: '2024-06-09T12:00:00Z',
      papers: [{ id: '2405.20519', saved: { state: 'to-read', addedAt: 4_102_444_800_000, updatedAt: 4_102_444_800_000 }, tags: [] }],
    });
    const { error, report } = await importThroughPanel(new File([backup], 'backup.json'));
    expect(error).toBeNull();
    expect(report).toContain('1 added');
    expect(report).toContain('2 dates in the future set to now, so that they do not outrank your later edits.');
  });
});
