import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_PAGE_KINDS, DEFAULT_PREFERENCES } from '@/lib/preferences';
import { SETTINGS_VERSION } from '@/lib/preferences-storage';

interface Sample {
  version: number;
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** One sample per settings version, oldest first: each stores the same choices. */
const SAMPLES = Object.values(import.meta.glob<Sample>('../../fixtures/settings/v*.json', { eager: true, import: 'default' })).sort(
  (a, b) => a.version - b.version,
);
const LATEST = SAMPLES.at(-1)!;
const v1 = SAMPLES[0]!;

describe('the settings samples', () => {
  it('are one per settings version up to the current one: a new version needs its sample', () => {
    expect(SAMPLES.map((sample) => sample.version)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });
});

const PREFERENCES = {
  enabledKinds: ALL_PAGE_KINDS.filter((kind) => kind !== 'search'),
  panelCollapsed: true,
  summariesPerPaper: 5,
};

async function store(sample: Sample) {
  await fakeBrowser.storage.sync.set(sample.sync);
  await fakeBrowser.storage.local.set(sample.local);
}

const stored = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

/** The module as a page or the background first loads it: it has not upgraded anything yet. */
async function loadSettings() {
  vi.resetModules();
  return import('@/lib/preferences-storage');
}

afterEach(() => {
  vi.doUnmock('@/lib/preferences');
});

describe.each(SAMPLES)('settings stored by version $version', (sample) => {
  it('are carried to the latest version on the first read, the choices intact', async () => {
    await store(sample);
    const { readPreferences } = await loadSettings();
    expect(await readPreferences()).toEqual(PREFERENCES);
    expect(await stored()).toEqual({ sync: LATEST.sync, local: LATEST.local });
  });

  it('are carried before the first write, which then is not undone', async () => {
    await store(sample);
    const { readPreferences, writePreferences } = await loadSettings();
    await writePreferences({ ...PREFERENCES, enabledKinds: [...ALL_PAGE_KINDS] });
    expect(await readPreferences()).toEqual({ ...PREFERENCES, enabledKinds: ALL_PAGE_KINDS });
    expect((await stored()).sync).toEqual({ ...LATEST.sync, disabledKinds: [] });
  });
});

describe('settings', () => {
  it('turn on a page kind added after version 1 stored them, and keep off the kinds the user turned off', async () => {
    await store(v1);
    vi.doMock('@/lib/preferences', async (importOriginal) => {
      const current = await importOriginal<typeof import('@/lib/preferences')>();
      return { ...current, ALL_PAGE_KINDS: [...current.ALL_PAGE_KINDS, 'pdf'] };
    });
    const { readPreferences } = await loadSettings();
    const { enabledKinds } = await readPreferences();
    expect(enabledKinds).toContain('pdf');
    expect(enabledKinds).not.toContain('search');
  });

  it('are the defaults on a new install, and nothing is written for reading them', async () => {
    const { readPreferences } = await loadSettings();
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await stored()).toEqual({ sync: {}, local: {} });
  });

  it('keep off the kinds a newer version turned off, which this one does not know', async () => {
    await fakeBrowser.storage.sync.set({ disabledKinds: ['search', 'pdf'] });
    const { readPreferences, writePreferences } = await loadSettings();
    const prefs = await readPreferences();
    expect(prefs.enabledKinds).toEqual(PREFERENCES.enabledKinds);
    await writePreferences({ ...prefs, enabledKinds: prefs.enabledKinds.filter((kind) => kind !== 'abs') });
    expect(await fakeBrowser.storage.sync.get('disabledKinds')).toEqual({ disabledKinds: ['abs', 'search', 'pdf'] });
  });

  it('are upgraded again when a browser still on version 1 writes the old key through sync', async () => {
    await store(LATEST);
    const { readPreferences, upgradeStoredPreferences } = await loadSettings();
    await readPreferences();
    await fakeBrowser.storage.sync.set({ enabledKinds: ['abs'] });
    await upgradeStoredPreferences();
    await upgradeStoredPreferences();
    expect((await readPreferences()).enabledKinds).toEqual(['abs']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ ...LATEST.sync, disabledKinds: ALL_PAGE_KINDS.filter((kind) => kind !== 'abs') });
  });
});
