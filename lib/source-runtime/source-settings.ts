import { storage } from 'wxt/utils/storage';
import { SOURCE_DEFAULT_ON, SOURCE_IDS, type SourceId } from '../sources/keys';

/**
 * The user's word on sources. Only what they chose is stored, so a source added in a release
 * arrives with its default. Choices stay in this browser: the host access an opt-in source needs
 * is granted per browser.
 */
export const sourceSettings = {
  choices: storage.defineItem<Partial<Record<SourceId, boolean>>>('local:sourceChoices', { fallback: {}, version: 1 }),
  /** Summary sources (`Summary.source`) hidden everywhere; they follow the user across browsers. */
  hiddenSummarySources: storage.defineItem<string[]>('sync:hiddenSummarySources', { fallback: [], version: 1 }),
  /** The offer on the first paper page to turn the opt-in sources on was answered (either way). */
  offerAnswered: storage.defineItem<boolean>('local:sourcesOfferAnswered', { fallback: false, version: 1 }),
};

export function isSourceOn(choices: Partial<Record<SourceId, boolean>>, id: SourceId): boolean {
  return choices[id] ?? SOURCE_DEFAULT_ON[id];
}

export async function enabledSources(): Promise<Set<SourceId>> {
  const choices = await sourceSettings.choices.getValue();
  return new Set(SOURCE_IDS.filter((id) => isSourceOn(choices, id)));
}

export async function setSourceOn(id: SourceId, on: boolean): Promise<void> {
  await sourceSettings.choices.setValue({ ...(await sourceSettings.choices.getValue()), [id]: on });
}

/** Whether the first paper page should offer the opt-in sources: not answered yet, and none of them on. */
export async function shouldOfferSources(): Promise<boolean> {
  if (await sourceSettings.offerAnswered.getValue()) return false;
  const enabled = await enabledSources();
  return SOURCE_IDS.every((id) => SOURCE_DEFAULT_ON[id] || !enabled.has(id));
}
