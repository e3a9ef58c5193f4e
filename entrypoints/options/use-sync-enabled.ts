import { useEffect, useState } from 'react';
import { syncEnabled } from '@/lib/sync/sync-state';

export function useSyncEnabled(): [boolean, (on: boolean) => void] {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    void syncEnabled.getValue().then(setEnabled);
    return syncEnabled.watch(setEnabled);
  }, []);
  return [enabled, (on) => void syncEnabled.setValue(on).then(() => setEnabled(on))];
}
