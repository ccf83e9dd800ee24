// A list-of-images field (Hugo's `images`) edited item by item, as pure list operations.

/** The list with `value` at the end; an image already listed is not listed twice. */
export function addImage(list: readonly string[], value: string): string[] {
  return list.includes(value) ? [...list] : [...list, value];
}

/** The list without item `index`. */
export function removeImage(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** The list with item `index` moved by `delta` places (clamped to the ends), and where it is now. */
export function moveImage(list: readonly string[], index: number, delta: number): { list: string[]; index: number } {
  const to = Math.min(Math.max(index + delta, 0), list.length - 1);
  if (index < 0 || index >= list.length || to === index) return { list: [...list], index };
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return { list: next, index: to };
}

/** What a key does on a focused item: Alt+Up/Down move it, Home/End with Alt to an end, Delete removes. */
export type ItemKeyAction = { kind: 'move'; delta: number } | { kind: 'remove' } | { kind: 'focus'; delta: number } | null;

export function itemKeyAction(key: string, altKey: boolean): ItemKeyAction {
  if (altKey && key === 'ArrowUp') return { kind: 'move', delta: -1 };
  if (altKey && key === 'ArrowDown') return { kind: 'move', delta: 1 };
  if (altKey && key === 'Home') return { kind: 'move', delta: -Infinity };
  if (altKey && key === 'End') return { kind: 'move', delta: Infinity };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'remove' };
  if (key === 'ArrowUp') return { kind: 'focus', delta: -1 };
  if (key === 'ArrowDown') return { kind: 'focus', delta: 1 };
  return null;
}
