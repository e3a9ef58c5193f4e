import { useEffect, useState } from 'react';
import type { MergeOptions } from '@/lib/paper/merge';
import { sourceSettings } from '@/lib/source-runtime/source-settings';

const NONE: MergeOptions = { hiddenSources: new Set() };

/** The summary sources the user hid, as merge options, following changes made anywhere. */
export function useHiddenSources(): MergeOptions {
  const [options, setOptions] = useState(NONE);
  useEffect(() => {
    const apply = (list: string[] | null) => setOptions({ hiddenSources: new Set(list ?? []) });
    void sourceSettings.hiddenSummarySources.getValue().then(apply);
    return sourceSettings.hiddenSummarySources.watch(apply);
  }, []);
  return options;
}
