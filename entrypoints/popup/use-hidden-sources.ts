import { useEffect, useState } from 'react';
import type { MergeOptions } from '@/lib/paper/merge';
import { sourceSettings } from '@/lib/source-runtime/source-settings';
import { hiddenSourcesOptions } from './opening';

const same = (a: ReadonlySet<string> = new Set(), b: ReadonlySet<string>) => a.size === b.size && [...a].every((source) => b.has(source));

/** The summary sources the user hid, as merge options, from those read at opening, following changes made anywhere. */
export function useHiddenSources(initial: MergeOptions): MergeOptions {
  const [options, setOptions] = useState(initial);
  useEffect(() => {
    // Keeping the same options when nothing changed keeps every row from rendering again.
    const apply = (list: string[] | null) => {
      const next = hiddenSourcesOptions(list);
      setOptions((current) => (same(current.hiddenSources, next.hiddenSources) ? current : next));
    };
    void sourceSettings.hiddenSummarySources.getValue().then(apply);
    return sourceSettings.hiddenSummarySources.watch(apply);
  }, []);
  return options;
}
