import { SOURCE_DATA_COLLECTION, type DataCollection } from './data-collection';
import { SOURCE_DEFAULT_ON, type SourceId } from '../sources/keys';
import { enabledSources, setSourceOn } from './source-settings';

/** What the browser's `permissions` holds, `data_collection` included (Firefox 140 and later). */
export interface Permissions {
  origins?: string[];
  data_collection?: string[];
}

/** The part of `browser.permissions` sources' access uses. */
export interface PermissionsApi {
  getAll(): Promise<Permissions>;
  contains(permissions: Permissions): Promise<boolean>;
  request(permissions: Permissions): Promise<boolean>;
  remove(permissions: Permissions): Promise<boolean>;
}

interface AccessSource {
  id: SourceId;
  origins: readonly string[];
}

/**
 * The hosts and the data consent an opt-in source needs, asked for when it is turned on and given
 * back when it is turned off. `required` are the hosts the manifest grants at install, which
 * cannot be removed.
 */
export function createSourceAccess(permissions: PermissionsApi, required: readonly string[]) {
  // Firefox asks for consent only where it lists what was consented to (its documented feature
  // test). Learned as the page opens: the request must be the click's first call, or Firefox no
  // longer counts it as the user's.
  let consentAsked: boolean | undefined;
  const learned = permissions.getAll().then(
    (all) => (consentAsked = all.data_collection !== undefined),
    () => (consentAsked = false),
  );

  function ask(source: AccessSource, consent: boolean): Promise<boolean> {
    const data = consent ? [...SOURCE_DATA_COLLECTION[source.id]] : [];
    return permissions.request({ origins: [...source.origins], ...(data.length > 0 ? { data_collection: data } : {}) }).catch(() => false);
  }

  return {
    /**
     * From the click that turns an opt-in source on: access to its hosts and, where Firefox has
     * built-in data consent, consent to what it sends, in one prompt. False when refused.
     */
    request(source: AccessSource): Promise<boolean> {
      if (consentAsked === undefined) return learned.then(() => ask(source, consentAsked!));
      return ask(source, consentAsked);
    },
    /**
     * After an opt-in source is turned off: gives back its hosts and its data consent, except what
     * the manifest grants and what the sources still on (`enabled`) need.
     */
    async release(source: AccessSource, enabled: readonly AccessSource[]): Promise<void> {
      const others = enabled.filter((other) => other.id !== source.id);
      const kept = new Set([...required, ...others.flatMap((other) => other.origins)]);
      const keptData = new Set<DataCollection>(others.flatMap((other) => SOURCE_DATA_COLLECTION[other.id]));
      const granted = await permissions.getAll();
      const origins = source.origins.filter((origin) => !kept.has(origin) && granted.origins?.includes(origin));
      const data = SOURCE_DATA_COLLECTION[source.id].filter((kind) => !keptData.has(kind) && granted.data_collection?.includes(kind));
      if (origins.length === 0 && data.length === 0) return;
      await permissions.remove({ ...(origins.length > 0 ? { origins } : {}), ...(data.length > 0 ? { data_collection: data } : {}) });
    },
  };
}

export type SourceAccess = ReturnType<typeof createSourceAccess>;

/** What the options page shows for a source turned off because its access was taken back. */
export const ACCESS_WITHDRAWN = "Turned off: its access, or consent to what it sends, was withdrawn in the browser's add-on settings.";

/**
 * The sources in `enabled` that may run: all but the opt-in ones whose hosts, or (where Firefox
 * lists data consent) consent to what they send, the browser no longer holds, as when the user took
 * them back in its add-on settings.
 */
export async function heldSources(
  permissions: PermissionsApi,
  sources: readonly AccessSource[],
  enabled: ReadonlySet<SourceId>,
): Promise<Set<SourceId>> {
  const optIn = sources.filter((source) => enabled.has(source.id) && !SOURCE_DEFAULT_ON[source.id]);
  if (optIn.length === 0) return new Set(enabled);
  const consented = await permissions.getAll().then(
    (all) => all.data_collection,
    (): string[] => [],
  );
  const held = new Set(enabled);
  for (const source of optIn) {
    const hosts = await permissions.contains({ origins: [...source.origins] }).catch(() => false);
    const consent = consented === undefined || SOURCE_DATA_COLLECTION[source.id].every((kind) => consented.includes(kind));
    if (!hosts || !consent) held.delete(source.id);
  }
  return held;
}

/**
 * After the browser removed permissions: turns off every opt-in source that no longer has what it
 * needs, so its switch shows off. `withdrawing` hears of each before its switch turns.
 */
export async function turnOffWithdrawn(
  permissions: PermissionsApi,
  sources: readonly AccessSource[],
  withdrawing: (id: SourceId) => void,
): Promise<void> {
  const enabled = await enabledSources();
  const held = await heldSources(permissions, sources, enabled);
  for (const id of enabled) {
    if (held.has(id)) continue;
    withdrawing(id);
    await setSourceOn(id, false);
  }
}
