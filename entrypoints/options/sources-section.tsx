import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SourcesPanel } from '@/components/sources-panel';
import { SOURCES } from '@/lib/sources';
import { originHost, type SourceId } from '@/lib/sources/keys';
import { isSourceOn, setSourceOn, sourceSettings } from '@/lib/source-runtime/source-settings';
import { db } from '@/lib/db/db';

/** A storage item's value, following changes made anywhere. */
function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void }): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/**
 * The options page's sources. Turning on an opt-in source first asks the browser for access to its
 * hosts, from this click: a refusal leaves it off, with a message.
 */
export function SourcesSection() {
  const choices = useStored(sourceSettings.choices);
  const hidden = useStored(sourceSettings.hiddenSummarySources);
  const apiKey = useStored(sourceSettings.s2ApiKey);
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
          const granted = await browser.permissions.request({ origins: [...source.origins] }).catch(() => false);
          if (!granted)
            return `${source.label} stays off: the browser did not allow arXiv Lens to reach ${source.origins.map(originHost).join(', ')}.`;
        }
        await setSourceOn(id as SourceId, on);
        return null;
      }}
      onShowSource={(name) => void sourceSettings.hiddenSummarySources.setValue(hidden.filter((s) => s !== name))}
      onS2ApiKeyChange={(key) => void sourceSettings.s2ApiKey.setValue(key)}
    />
  );
}
