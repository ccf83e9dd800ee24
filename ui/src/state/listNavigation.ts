// Arrow-key movement through a list with one tab stop (roving focus), as a pure function.

/** The index focus moves to for `key` from `current` in a list of `count` rows, or null if the key does not move it. */
export function nextIndex(key: string, current: number, count: number, page = 10): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'PageDown':
      return Math.min(current + page, last);
    case 'PageUp':
      return Math.max(current - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
