import { describe, expect, it } from 'vitest';
import { nextIndex } from './listNavigation';

describe('nextIndex', () => {
  it('moves by one and stops at the ends', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps by a page, home and end', () => {
    expect(nextIndex('PageDown', 0, 25, 10)).toBe(10);
    expect(nextIndex('PageUp', 5, 25, 10)).toBe(0);
    expect(nextIndex('Home', 7, 25)).toBe(0);
    expect(nextIndex('End', 7, 25)).toBe(24);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextIndex('a', 0, 3)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
