/** How often something may happen: at most `count` times in any `windowMs`. */
export interface RateLimit {
  count: number;
  windowMs: number;
}

/** Keeps the times of the last turns taken, and refuses a turn once `count` fall within the window. */
export function createRateLimiter({ count, windowMs }: RateLimit, now: () => number = () => Date.now()) {
  const taken: number[] = [];
  return {
    /** Takes a turn if one is free; false when the limit is reached. */
    take(): boolean {
      const time = now();
      while (taken.length > 0 && taken[0]! <= time - windowMs) taken.shift();
      if (taken.length >= count) return false;
      taken.push(time);
      return true;
    },
  };
}
