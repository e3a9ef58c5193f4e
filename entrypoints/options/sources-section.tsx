import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SourcesPanel } from '@/components/options/sources-panel';
import { SOURCES } from '@/lib/sources';
import { originHost, type SourceId } from '@/lib/sources/keys';
import { createSourceAccess, type PermissionsApi } from '@/lib/source-runtime/source-access';
import { isSourceOn, setSourceOn, sourceSettings } from '@/lib/source-runtime/source-settings';
import { db } from '@/lib/db/db';
import type { SecretName } from '@/lib/db/db';
import { readSecret, writeSecret } from '@/lib/source-runtime/secrets';

/** A storage item's value, following changes made anywhere. */
function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void }): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/** The hosts the manifest grants at install (Manifest V3 lists them apart, V2 among the permissions). */
function manifestHosts(): string[] {
  const manifest = browser.runtime.getManifest();
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])].filter((entry) => entry.includes('://'));
}

/** A secret as stored when the page opened: this page is the only one that writes it. */
function useSecret(name: SecretName): string | undefined {
  const [value, setValue] = useState<string>();
  useEffect(() => {
    void readSecret(db, name).then(setValue, () => setValue(''));
  }, [name]);
  return value;
}

/**
 * The options page's sources. Turning on an opt-in source first asks the browser for access to its
 * hosts and, on Firefox, consent to what it sends, from this click: a refusal leaves it off, with a
 * message. Turning it off gives that access back.
 */
export function SourcesSection() {
  const [access] = useState(() => createSourceAccess(browser.permissions as unknown as PermissionsApi, manifestHosts()));
  const choices = useStored(sourceSettings.choices);
  const hidden = useStored(sourceSettings.hiddenSummarySources);
  const apiKey = useSecret('s2ApiKey');
  const statuses = useLiveQuery(() => db.sourceStatus.toArray(), [], []);
  if (!choices || !hidden || apiKey === undefined) return null;
  const rows = SOURCES.map((source) => ({
    id: source.id,
    label: source.label,
    sends: source.sends,
    optIn: !source.defaultOn,
    on: isSourceOn(choices, source.id),
    status: statuses.find((s) => s.id === source.id),
  }));
  return (
    <SourcesPanel
      sources={rows}
      hiddenSummarySources={hidden}
      s2ApiKey={apiKey}
      onToggle={async (id, on) => {
        const source = SOURCES.find((s) => s.id === id)!;
        if (on && !source.defaultOn) {
          const granted = await access.request(source);
          if (!granted)
            return `${source.label} stays off: the browser did not allow arXiv Lens to reach ${source.origins.map(originHost).join(', ')}.`;
        }
        await setSourceOn(id as SourceId, on);
        if (!on && !source.defaultOn) {
          const now = await sourceSettings.choices.getValue();
          // The source is off either way; access the browser would not take back stays until it does.
          await access
            .release(
              source,
              SOURCES.filter((other) => isSourceOn(now, other.id)),
            )
            .catch((error: unknown) => console.warn('arXiv Lens: could not give back access', error));
        }
        return null;
      }}
      onShowSource={(name) => void sourceSettings.hiddenSummarySources.setValue(hidden.filter((s) => s !== name))}
      onS2ApiKeyChange={(key) => void writeSecret(db, 's2ApiKey', key)}
    />
  );
}
