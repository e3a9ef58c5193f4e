import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * Whether this extension's storage is safe from eviction. Holding `unlimitedStorage` exempts it,
 * but `persisted()` may still answer false (Chrome always does), so the permission is reported too.
 */
export function useStoragePersisted(): { persisted: boolean | null; unlimited: boolean } {
  const [state, setState] = useState<{ persisted: boolean | null; unlimited: boolean }>({ persisted: null, unlimited: false });
  useEffect(() => {
    void Promise.all([
      navigator.storage?.persisted() ?? Promise.resolve(null),
      browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false),
    ]).then(
      ([persisted, unlimited]) => setState({ persisted, unlimited }),
      () => undefined,
    );
  }, []);
  return state;
}
