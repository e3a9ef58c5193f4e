import { useEffect, useState } from 'react';
import { readPreferences, settings, watchPreferences, type Preferences } from '@/lib/settings';

/** The settings, kept in step with changes made anywhere (a page's panel folds, another window). */
export function usePreferences(): [Preferences | null, (next: Preferences) => void] {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    void readPreferences().then(setPrefs);
    return watchPreferences(setPrefs);
  }, []);
  const update = (next: Preferences) => {
    setPrefs(next);
    void settings.enabledKinds.setValue(next.enabledKinds);
    void settings.panelCollapsed.setValue(next.panelCollapsed);
    void settings.summariesPerPaper.setValue(next.summariesPerPaper);
  };
  return [prefs, update];
}
