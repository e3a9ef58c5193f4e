// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { StoragePanel } from '@/components/options/storage-panel';
import { mount } from '../../helpers/mount';

let root: HTMLElement;

function render(persisted: boolean | null, unlimited = false) {
  root = mount(<StoragePanel persisted={persisted} unlimited={unlimited} />);
  return root.querySelector('[data-testid="storage-persisted"]')?.textContent ?? null;
}

describe('StoragePanel', () => {
  it('says the data is kept when the browser made the storage persistent', () => {
    expect(render(true)).toMatch(/^Persistent: the browser keeps your reading list, tags and notes/);
  });

  it("says the data is kept when the storage is not reported persistent but the permission keeps it (Chrome's case)", () => {
    expect(render(false, true)).toMatch(/^Kept: the unlimitedStorage permission stops the browser from clearing/);
  });

  it('warns that the browser may clear the data, and suggests a backup, when neither keeps it', () => {
    expect(render(false)).toMatch(/^Not persistent: the browser may clear .* Export a backup now and then\.$/);
  });

  it('says nothing while the browser has not answered, or cannot', () => {
    expect(render(null)).toBeNull();
    expect(root.querySelector('section')).toBeNull();
  });
});
