// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { HistoryPanel } from '@/components/options/history-panel';
import { mount } from '../../helpers/mount';

let root: HTMLElement;

function panel(onClear: () => Promise<void>) {
  root = mount(<HistoryPanel retentionDays={180} onClear={onClear} />);
}

const click = async (action: string) => {
  await act(async () => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click());
};

describe('the list history panel', () => {
  it('says how long the history is kept, and clears it only once confirmed', async () => {
    let clears = 0;
    panel(async () => void clears++);
    expect(root.textContent).toContain('kept for 180 days');
    await click('clear-history');
    await click('cancel-clear-history');
    expect(clears).toBe(0);
    await click('clear-history');
    expect(clears).toBe(0);
    await click('confirm-clear-history');
    expect(clears).toBe(1);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('List history cleared.');
  });

  it('shows why a clear failed', async () => {
    panel(() => Promise.reject(new Error('The disk is full.')));
    await click('clear-history');
    await click('confirm-clear-history');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The disk is full. Nothing was cleared.');
    expect(root.querySelector('[role="status"]')).toBeNull();
  });
});
