import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enabledSources, isSourceOn, setSourceOn, shouldOfferSources, sourceSettings } from '@/lib/source-runtime/source-settings';

/** What is in the browser's local storage under the choices' key. */
const storedChoices = async () => (await fakeBrowser.storage.local.get('sourceChoices')).sourceChoices;

describe('source-settings: which sources are on', () => {
  it('turns on by default the sources that reveal nothing (hf-daily, arxiv), not the opt-in ones', async () => {
    expect([...(await enabledSources())].sort()).toEqual(['arxiv', 'hf-daily']);
    expect(isSourceOn({}, 'hf-paper')).toBe(false);
    expect(isSourceOn({}, 'semantic-scholar')).toBe(false);
  });

  it('stores only the choice the user made, not the defaults', async () => {
    await setSourceOn('semantic-scholar', true);
    expect(await storedChoices()).toEqual({ 'semantic-scholar': true });
    await setSourceOn('hf-daily', false);
    expect(await storedChoices()).toEqual({ 'semantic-scholar': true, 'hf-daily': false });
    expect([...(await enabledSources())].sort()).toEqual(['arxiv', 'semantic-scholar']);
  });

  it('a choice can be taken back: off again after on', async () => {
    await setSourceOn('hf-paper', true);
    await setSourceOn('hf-paper', false);
    expect((await enabledSources()).has('hf-paper')).toBe(false);
    expect(await storedChoices()).toEqual({ 'hf-paper': false });
  });

  it('keeps the choices in this browser (local storage), not in sync storage', async () => {
    await setSourceOn('semantic-scholar', true);
    expect(await fakeBrowser.storage.sync.get('sourceChoices')).toEqual({});
  });

  it('has no hidden summary source at first', async () => {
    expect(await sourceSettings.hiddenSummarySources.getValue()).toEqual([]);
  });
});

describe('source-settings: the offer to turn the opt-in sources on', () => {
  it('is made at first', async () => {
    expect(await shouldOfferSources()).toBe(true);
  });

  it('is not made again once answered, either way', async () => {
    await sourceSettings.offerAnswered.setValue(true);
    expect(await shouldOfferSources()).toBe(false);
  });

  it.each(['hf-paper', 'semantic-scholar'] as const)('is not made when %s is already on', async (id) => {
    await setSourceOn(id, true);
    expect(await shouldOfferSources()).toBe(false);
  });

  it('is still made when the user only turned sources off', async () => {
    await setSourceOn('hf-daily', false);
    await setSourceOn('semantic-scholar', false);
    expect(await shouldOfferSources()).toBe(true);
  });
});
