// A list field edited as chips: adding, removing, and the autocomplete list with its keyboard.
import type { FieldValue } from '../ipc/types';

const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Adds `raw` (trimmed) unless it is empty or already there (Hugo compares terms case-insensitively). */
export function addChip(chips: readonly string[], raw: string): string[] {
  const value = raw.trim();
  if (value === '' || chips.some((chip) => same(chip, value))) return [...chips];
  return [...chips, value];
}

export function removeChip(chips: readonly string[], index: number): string[] {
  return chips.filter((_, i) => i !== index);
}

/**
 * The values to offer for `query`: not yet chosen, containing the query (any case), those
 * starting with it first, then the most used.
 */
export function suggestions(values: readonly FieldValue[], query: string, chosen: readonly string[], limit = 8): FieldValue[] {
  const q = query.trim().toLocaleLowerCase();
  return values
    .filter((v) => !chosen.some((chip) => same(chip, v.value)) && v.value.toLocaleLowerCase().includes(q))
    .map((v) => ({ v, starts: v.value.toLocaleLowerCase().startsWith(q) }))
    .sort((a, b) => Number(b.starts) - Number(a.starts) || b.v.count - a.v.count || a.v.value.localeCompare(b.v.value))
    .slice(0, limit)
    .map(({ v }) => v);
}

export type ChipKeyAction =
  | { kind: 'add'; value: string }
  | { kind: 'remove-last' }
  | { kind: 'move'; active: number }
  | { kind: 'close' }
  | { kind: 'none' };

/**
 * What a key does in the chip input. Enter, Tab and comma add the picked suggestion (or the
 * typed text); Backspace in an empty input removes the last chip; arrows pick. Tab with
 * nothing typed moves focus on, as usual.
 */
export function chipKey(key: string, query: string, offered: readonly FieldValue[], active: number): ChipKeyAction {
  const picked = active >= 0 && active < offered.length ? offered[active].value : null;
  switch (key) {
    case 'Enter':
    case ',':
    case '，':
    case 'Tab': {
      const value = picked ?? query.trim();
      if (value === '') return { kind: 'none' };
      return { kind: 'add', value };
    }
    case 'Backspace':
      return query === '' ? { kind: 'remove-last' } : { kind: 'none' };
    case 'ArrowDown':
      return offered.length === 0 ? { kind: 'none' } : { kind: 'move', active: (active + 1) % offered.length };
    case 'ArrowUp':
      return offered.length === 0
        ? { kind: 'none' }
        : { kind: 'move', active: active <= 0 ? offered.length - 1 : active - 1 };
    case 'Escape':
      return { kind: 'close' };
    default:
      return { kind: 'none' };
  }
}

/** A list value as the form shows it: Hugo accepts a scalar as a one-item list. */
export function asList(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map((item) => String(item));
  return [String(value)];
}
