// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '@/entrypoints/content/hosts';
import { watchSinglePageApp } from '@/entrypoints/content/spa-watcher';
import { openPage } from './page';

let ends: (() => void)[] = [];
/** The URL changes WXT's context reports (its `wxt:locationchange`), by the name they were asked for. */
let urlWatchers: string[] = [];
const ctx = {
  onInvalidated: (end: () => void) => (ends.push(end), () => undefined),
  addEventListener: (target: Window, type: string, handler: () => void) => {
    urlWatchers.push(type);
    target.addEventListener(type, handler);
  },
} as unknown as Parameters<typeof watchSinglePageApp>[0];

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  ends.forEach((end) => end());
  ends = [];
  urlWatchers = [];
  vi.useRealTimers();
});

/** Lets the MutationObserver report, then the debounce run out. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(150);
}

describe('re-running on pages that change without a load', () => {
  it('a Hugging Face list that re-renders in place is annotated again, once per burst of changes', async () => {
    openPage('pages/hf_papers_date_2024-06-03.html', 'https://huggingface.co/papers/date/2024-06-03');
    const rerun = vi.fn();
    watchSinglePageApp(ctx, rerun);
    document.querySelector('article')!.remove();
    document.body.append(document.createElement('article'));
    await settle();
    expect(rerun).toHaveBeenCalledTimes(1);
  });

  it('a Hugging Face page whose URL changes without a load is annotated again', async () => {
    openPage('pages/hf_papers_date_2024-06-03.html', 'https://huggingface.co/papers/date/2024-06-03');
    const rerun = vi.fn();
    watchSinglePageApp(ctx, rerun);
    expect(urlWatchers).toEqual(['wxt:locationchange']);
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(rerun).toHaveBeenCalledTimes(1);
  });

  it('the hosts the extension inserts do not set it off', async () => {
    openPage('pages/hf_papers_date_2024-06-03.html', 'https://huggingface.co/papers/date/2024-06-03');
    const rerun = vi.fn();
    watchSinglePageApp(ctx, rerun);
    document.querySelector('article h3')!.after(createHost('row', '2405.21060').element);
    await settle();
    expect(rerun).not.toHaveBeenCalled();
  });

  it('any Hugging Face page is watched, as the app may route from it to a paper list', async () => {
    openPage('pages/hf_papers_date_2024-06-03.html', 'https://huggingface.co/models');
    const rerun = vi.fn();
    watchSinglePageApp(ctx, rerun);
    document.body.append(document.createElement('main'));
    await settle();
    expect(rerun).toHaveBeenCalledTimes(1);
  });

  it('arXiv pages, which never change in place or change their URL without a load, are not watched', async () => {
    openPage('pages/listings/list_cs.LG_new.html', 'https://arxiv.org/list/cs.LG/new');
    const rerun = vi.fn();
    watchSinglePageApp(ctx, rerun);
    document.body.append(document.createElement('dl'));
    await settle();
    expect(rerun).not.toHaveBeenCalled();
    expect(urlWatchers).toEqual([]);
  });
});
