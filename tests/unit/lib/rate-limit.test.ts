import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/rate-limit';

describe('a rate limiter', () => {
  it('allows `count` turns in a window, refuses the next, and frees a turn as the oldest leaves the window', () => {
    let time = 1_000;
    const limiter = createRateLimiter({ count: 3, windowMs: 100 }, () => time);
    expect([limiter.take(), limiter.take()]).toEqual([true, true]);
    time = 1_050;
    expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    time = 1_099;
    expect(limiter.take()).toBe(false);
    // The first two leave the window; the third, taken at 1,050, still counts.
    time = 1_100;
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, false]);
  });
});
