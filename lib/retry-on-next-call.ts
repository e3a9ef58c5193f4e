/**
 * A load kept for later calls that is forgotten if it fails, so that the next call tries again
 * instead of meeting the same failure for good. `forget` gets the failed load, to forget it only
 * if it is still the one kept.
 */
export function retryOnNextCall<T>(load: Promise<T>, forget: (failed: Promise<T>) => void): Promise<T> {
  const kept: Promise<T> = load.catch((error: unknown) => {
    forget(kept);
    throw error;
  });
  return kept;
}
