import { useEffect, useState } from 'react';
import type { Preferences } from '@/lib/preferences';
import { readPreferences, watchPreferences, writePreferences } from '@/lib/preferences-storage';

/** The settings, kept in step with changes made anywhere (a page's panel folds, another window). */
export function usePreferences(): [Preferences | null, (next: Preferences) => void] {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    void readPreferences().then(setPrefs);
    return watchPreferences(setPrefs);
  }, []);
  const update = (next: Preferences) => {
    setPrefs(next);
    void writePreferences(next);
  };
  return [prefs, update];
}
