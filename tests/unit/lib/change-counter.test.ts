import { describe, expect, it } from 'vitest';
import { createChangeCounter } from '@/lib/change-counter';

describe('the change counter', () => {
  it('tells a read whether the data changed since it began', () => {
    const changes = createChangeCounter();
    const before = changes.readStarted();
    expect(before()).toBe(true);
    changes.changed();
    const after = changes.readStarted();
    expect(before()).toBe(false);
    expect(after()).toBe(true);
    changes.changed();
    expect(after()).toBe(false);
  });
});
