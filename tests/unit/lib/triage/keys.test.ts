import { describe, expect, it } from 'vitest';
import { keyToCommand } from '@/lib/triage/keys';

const press = (key: string, more: Partial<Parameters<typeof keyToCommand>[0]> = {}) =>
  keyToCommand({ key, ctrlKey: false, metaKey: false, altKey: false, targetIsEditable: false, ...more });

describe('triage keys', () => {
  it('map to their commands', () => {
    expect(['j', 'k', 's', 'x', 'u', 't', 'o', 'Enter', 'Escape'].map((key) => press(key))).toEqual([
      'next',
      'previous',
      'save',
      'dismiss',
      'undo',
      'tag',
      'open',
      'unfold',
      'leave',
    ]);
  });

  it('are the browser’s with a modifier', () => {
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('k', { metaKey: true })).toBeNull();
    expect(press('j', { altKey: true })).toBeNull();
  });

  it('are text in a field (arXiv’s search box included), Escape too', () => {
    expect(press('j', { targetIsEditable: true })).toBeNull();
    expect(press('Escape', { targetIsEditable: true })).toBeNull();
  });

  it('other keys, capitals and names of object properties mean nothing', () => {
    for (const key of ['J', 'a', ' ', 'ArrowDown', 'toString', 'constructor', '']) expect(press(key)).toBeNull();
  });
});
